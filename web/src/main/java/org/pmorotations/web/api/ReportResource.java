package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.service.report.Bench;
import org.pmorotations.service.report.BenchRow;
import org.pmorotations.service.report.Comparison;
import org.pmorotations.service.report.Ratio;
import org.pmorotations.service.report.ReportFilter;
import org.pmorotations.service.report.ReportService;
import org.pmorotations.service.report.ReportSummary;
import org.pmorotations.service.report.SeatFill;
import org.pmorotations.service.report.Pipeline;
import org.pmorotations.service.report.RiskCounts;
import org.pmorotations.service.report.RoomToReturn;
import org.pmorotations.service.report.WayBack;
import org.pmorotations.service.report.QuarterActivity;
import org.pmorotations.service.report.ReintegrationBucket;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The report figures under {@code /api/v1/reports}, for ADMIN, PMO_MANAGER and LEADER (the
 * service refuses everyone else: 403). A share is {@code {count, of, rate}}, the rate from 0 to
 * 1, null when there is nothing to count.
 */
@Tag(name = "reports")
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportService reports;

    /** {@code GET /api/v1/reports/summary?asOf=&tier=&pmo=&department=}; asOf defaults to today. */
    @Operation(summary = "The report figures of the dashboard, computed by the database as of a day (ADMIN, PMO_MANAGER, LEADER).")
    @Parameters({
            @Parameter(name = "asOf", in = ParameterIn.QUERY, description = "default: today", schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "tier", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"PROGRAM", "DEPARTMENT", "ENTERPRISE"})),
            @Parameter(name = "pmo", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "department", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING))})
    @APIResponses({
            @APIResponse(responseCode = "200", description = "Seat fill (by tier and by PMO and role, today and the first day of the next four quarters), pipeline, outcomes, time to reintegrate, promotion and retention beside staff who never rotated, participation by level, risks, rotations started and completed per quarter.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = SummaryJson.class))),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "403", ref = "Forbidden")})
    @GET
    @Path("summary")
    public SummaryJson summary(@QueryParam("asOf") String asOf, @QueryParam("tier") String tier, @QueryParam("pmo") String pmo,
                               @QueryParam("department") String department) {
        ReportFilter filter = new ReportFilter(QueryParameters.oneOf("tier", tier, PmoTier.class), pmo, department);
        return SummaryJson.of(reports.summary(QueryParameters.date("asOf", asOf), filter));
    }

    /** {@code GET /api/v1/reports/bench?asOf=&tier=&pmo=&department=}; asOf defaults to today. */
    @Operation(summary = "The bench (ADMIN, PMO_MANAGER, LEADER): each open seat from asOf to the end of the fourth quarter after asOf's, that can hold a rotation of the policy's minimum length (`minMonths`), with the staff eligible for such a rotation from its first day by the career level they hold then, counted by the database. Eligible: active, TENURE, ELIGIBILITY, and no rotation of their own breaking OVERLAP or COOL_OFF with it, by the policy's thresholds. Open seats are the board's gaps long enough for that rotation: every rotation not cancelled holds its seat, a proposed one included; a gap shorter than the minimum length is not listed.")
    @Parameters({
            @Parameter(name = "asOf", in = ParameterIn.QUERY, description = "default: today", schema = @Schema(type = SchemaType.STRING, format = "date")),
            @Parameter(name = "tier", in = ParameterIn.QUERY, description = "the seats of PMOs of this tier", schema = @Schema(type = SchemaType.STRING, enumeration = {"PROGRAM", "DEPARTMENT", "ENTERPRISE"})),
            @Parameter(name = "pmo", in = ParameterIn.QUERY, description = "the seats of this PMO", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "department", in = ParameterIn.QUERY, description = "count only the staff of this department", schema = @Schema(type = SchemaType.STRING))})
    @APIResponses({
            @APIResponse(responseCode = "200", description = "The window and one row per open seat (free of seats on every day from `from` to `to`); `eligible` per career level, `total` their sum.", content = @Content(mediaType = "application/json", schema = @Schema(implementation = BenchJson.class), example = "{\"asOf\": \"2027-01-15\", \"filter\": {\"tier\": null, \"pmo\": null, \"department\": null}, \"from\": \"2027-01-15\", \"to\": \"2028-03-31\", \"minMonths\": 12, \"seats\": [{\"pmo\": \"FIN-PMO\", \"pmoName\": \"Finance PMO\", \"tier\": \"DEPARTMENT\", \"role\": \"PMO_ANALYST\", \"from\": \"2027-07-01\", \"to\": \"2028-03-31\", \"free\": 1, \"seats\": 2, \"eligible\": {\"PROJECT_COORDINATOR\": 12, \"PROJECT_MANAGER\": 9, \"SENIOR_PROJECT_MANAGER\": 4, \"PROGRAM_MANAGER\": 1, \"PORTFOLIO_MANAGER\": 0}, \"total\": 26}]}")),
            @APIResponse(responseCode = "400", ref = "BadRequest"),
            @APIResponse(responseCode = "403", ref = "Forbidden")})
    @GET
    @Path("bench")
    public BenchJson bench(@QueryParam("asOf") String asOf, @QueryParam("tier") String tier, @QueryParam("pmo") String pmo,
                           @QueryParam("department") String department) {
        ReportFilter filter = new ReportFilter(QueryParameters.oneOf("tier", tier, PmoTier.class), pmo, department);
        return BenchJson.of(reports.bench(QueryParameters.date("asOf", asOf), filter));
    }

    /** The filter a report was computed under; each part null when not set. */
    public record FilterJson(PmoTier tier, String pmo, String department) {

        static FilterJson of(ReportFilter filter) {
            return new FilterJson(filter.tier(), filter.pmoCode(), filter.department());
        }
    }

    /** A share: {@code count} of {@code of}, {@code rate} from 0 to 1 (null when there is nothing to count). */
    public record RatioJson(long count, long of, Double rate) {

        static RatioJson of(Ratio ratio) {
            return new RatioJson(ratio.part(), ratio.whole(), ratio.rate());
        }
    }

    /** A share among the staff who rotated beside the one among those who never did. */
    public record ComparisonJson(RatioJson rotated, RatioJson neverRotated) {

        static ComparisonJson of(Comparison comparison) {
            return new ComparisonJson(RatioJson.of(comparison.rotated()), RatioJson.of(comparison.neverRotated()));
        }
    }

    /**
     * The seats of a tier on a day, or of one PMO's role ({@code pmo} and {@code role} are left out for a tier):
     * {@code filled} by rotations approved, under way or past, kept by {@code proposed} ones, and {@code open}, held
     * by none (the bench's open seats).
     */
    public record FillJson(LocalDate day, String tier, @JsonbNillable(false) String pmo, @JsonbNillable(false) String role,
                           long seats, long filled, long proposed, long open, Double rate) {

        static List<FillJson> of(List<SeatFill> fills) {
            return fills.stream().map(fill -> new FillJson(fill.day(), fill.tier(), fill.pmoCode(), fill.pmoCode() == null ? null : fill.role(),
                    fill.seats(), fill.filled(), fill.proposed(), fill.open(), fill.fill().rate())).toList();
        }
    }

    /** The report figures of the dashboard, as of a day. */
    public record SummaryJson(LocalDate asOf, FilterJson filter, int atRiskDays, long activeRotations, SeatFillJson seatFill,
                              Pipeline pipeline, OutcomesJson outcomes, ReintegrationJson timeToReintegrate, PromotionJson promotion,
                              RetentionJson retention, List<ParticipationJson> participation, RiskCounts risks,
                              List<QuarterActivity> quarters, WayBackJson wayBack) {

        public record SeatFillJson(List<FillJson> byTier, List<FillJson> byPmo) {
        }

        public record OutcomesJson(long ended, RatioJson completed, RatioJson curtailed, RatioJson extended) {
        }

        public record ReintegrationJson(long returns, Double medianDays, Double p90Days, RatioJson reservedEarly,
                                        List<BucketJson> distribution) {
        }

        /** Returns that took from {@code fromDays} to {@code toDays} days (null: no upper bound). */
        public record BucketJson(String label, int fromDays, Integer toDays, long rotations) {

            static BucketJson of(ReintegrationBucket bucket) {
                return new BucketJson(bucket.label(), bucket.fromDays(), bucket.toDays(), bucket.rotations());
            }
        }

        public record PromotionJson(ComparisonJson within12Months, ComparisonJson within24Months) {
        }

        /**
         * The way back into project roles: of the returns counted in timeToReintegrate, those into a
         * matched open role and into the home project; the backfills filled and the median days to
         * fill one; per quarter of the next four and per level, the open roles against the rotations ending.
         */
        public record WayBackJson(RatioJson intoOpenRole, RatioJson intoHomeProject, RatioJson backfillsFilled,
                                  Double medianDaysToFillBackfill, List<RoomToReturn> roomToReturn) {

            static WayBackJson of(WayBack wayBack) {
                return new WayBackJson(RatioJson.of(wayBack.intoOpenRole()), RatioJson.of(wayBack.intoHomeProject()),
                        RatioJson.of(wayBack.backfillsFilled()), wayBack.medianDaysToFill(), wayBack.roomToReturn());
            }
        }

        public record RetentionJson(ComparisonJson after12Months, ComparisonJson after24Months) {
        }

        /** The share of a career level's staff who rotated. */
        public record ParticipationJson(long count, long of, Double rate, CareerLevel level) {
        }

        static SummaryJson of(ReportSummary summary) {
            return new SummaryJson(summary.asOf(), FilterJson.of(summary.filter()), summary.atRiskDays(), summary.activeRotations(),
                    new SeatFillJson(FillJson.of(summary.seatFillByTier()), FillJson.of(summary.seatFillByPmo())),
                    summary.pipeline(),
                    new OutcomesJson(summary.outcomes().ended(), RatioJson.of(summary.outcomes().completed()),
                            RatioJson.of(summary.outcomes().curtailed()), RatioJson.of(summary.outcomes().extended())),
                    new ReintegrationJson(summary.reintegration().returns(), summary.reintegration().medianDays(),
                            summary.reintegration().p90Days(), RatioJson.of(summary.reintegration().reservedEarly()),
                            summary.reintegrationDistribution().stream().map(BucketJson::of).toList()),
                    new PromotionJson(ComparisonJson.of(summary.promotionWithin12Months()), ComparisonJson.of(summary.promotionWithin24Months())),
                    new RetentionJson(ComparisonJson.of(summary.retentionAfter12Months()), ComparisonJson.of(summary.retentionAfter24Months())),
                    summary.participation().stream().map(level -> new ParticipationJson(level.rotated().part(), level.rotated().whole(),
                            level.rotated().rate(), level.level())).toList(),
                    summary.risks(), summary.quarters(), WayBackJson.of(summary.wayBack()));
        }
    }

    /** The open seats of a window that hold a rotation of {@code minMonths}, each with the staff eligible for it by career level. */
    public record BenchJson(LocalDate asOf, FilterJson filter, LocalDate from, LocalDate to, int minMonths, List<SeatJson> seats) {

        /** An open seat: free on every day from {@code from} to {@code to}. */
        public record SeatJson(String pmo, String pmoName, String tier, String role, LocalDate from, LocalDate to, long free, long seats,
                               Map<CareerLevel, Long> eligible, long total) {

            static SeatJson of(BenchRow row) {
                Map<CareerLevel, Long> eligible = new EnumMap<>(CareerLevel.class);
                for (CareerLevel level : CareerLevel.values()) {
                    eligible.put(level, (long) row.eligible(level));
                }
                return new SeatJson(row.pmoCode(), row.pmoName(), row.tier(), row.role(), row.from(), row.to(), row.free(), row.seats(),
                        eligible, row.total());
            }
        }

        static BenchJson of(Bench bench) {
            return new BenchJson(bench.asOf(), FilterJson.of(bench.filter()), bench.from(), bench.to(), bench.minMonths(),
                    bench.rows().stream().map(SeatJson::of).toList());
        }
    }
}
