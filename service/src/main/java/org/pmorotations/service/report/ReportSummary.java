package org.pmorotations.service.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The report figures as of one day, every one counted by the database (see {@link ReportQueries}
 * for each definition).
 *
 * @param atRiskDays       the policy's at-risk days the risk figures used
 * @param activeRotations  rotations holding a seat on {@code asOf}
 * @param seatFillByTier   per tier, on {@code asOf} and on the first day of each of the next four quarters
 * @param seatFillByPmo    the same per PMO and role
 * @param wayBack          returns into open roles and the home project, backfills filled, room to come back
 * @param quarters         rotations started and completed per quarter, the last twelve quarters up to {@code asOf}
 */
public record ReportSummary(LocalDate asOf, ReportFilter filter, int atRiskDays,
                            long activeRotations,
                            List<SeatFill> seatFillByTier,
                            List<SeatFill> seatFillByPmo,
                            Pipeline pipeline,
                            Outcomes outcomes,
                            Reintegration reintegration,
                            List<ReintegrationBucket> reintegrationDistribution,
                            WayBack wayBack,
                            Comparison promotionWithin12Months,
                            Comparison promotionWithin24Months,
                            Comparison retentionAfter12Months,
                            Comparison retentionAfter24Months,
                            List<Participation> participation,
                            RiskCounts risks,
                            List<QuarterActivity> quarters) {

    /** Unmodifiable: one summary may be handed to many requests ({@link ReportCache}). */
    public ReportSummary {
        seatFillByTier = List.copyOf(seatFillByTier);
        seatFillByPmo = List.copyOf(seatFillByPmo);
        reintegrationDistribution = List.copyOf(reintegrationDistribution);
        participation = List.copyOf(participation);
        quarters = List.copyOf(quarters);
    }

    /** The days of the seat fill figures: {@code asOf}, then the first day of each of the next four quarters. */
    public static List<LocalDate> fillDays(LocalDate asOf) {
        LocalDate quarterStart = LocalDate.of(asOf.getYear(), (asOf.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return List.of(asOf, quarterStart.plusMonths(3), quarterStart.plusMonths(6), quarterStart.plusMonths(9),
                quarterStart.plusMonths(12));
    }
}
