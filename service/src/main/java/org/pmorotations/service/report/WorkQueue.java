package org.pmorotations.service.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a PMO manager has to act on as of a day: the proposals waiting for approval (earliest start
 * first), the approved rotations starting within {@value #STARTS_WITHIN_DAYS} days, and the
 * rotations ending within the policy's at-risk days without a return placement, and the overdue
 * ones, with the dashboard's definitions ({@link RiskCounts}). Each list is cut at the limit asked for; its count says how many there are.
 */
public record WorkQueue(LocalDate asOf, int atRiskDays, List<Proposal> proposals, long proposalCount,
                        List<RiskRow> starting, long startingCount, List<RiskRow> atRisk, long atRiskCount,
                        List<RiskRow> overdue, long overdueCount) implements Serializable {

    /** Approved rotations starting within this many days are listed, so the person and the home project are ready. */
    public static final int STARTS_WITHIN_DAYS = 30;

    public WorkQueue {
        proposals = List.copyOf(proposals);
        starting = List.copyOf(starting);
        atRisk = List.copyOf(atRisk);
        overdue = List.copyOf(overdue);
    }

    /** A proposal as listed, with the version it was read at: an approval from the list is made on that version. */
    public record Proposal(RiskRow rotation, long version) implements Serializable {
    }
}
