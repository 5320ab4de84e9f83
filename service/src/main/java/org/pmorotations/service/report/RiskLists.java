package org.pmorotations.service.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The rotations behind {@link RiskCounts}, soonest or oldest first, each list cut at the limit
 * asked for (the counts say how many there are in all).
 */
public record RiskLists(LocalDate asOf, int atRiskDays, RiskCounts counts,
                        List<RiskRow> atRisk, List<RiskRow> longStays, List<RiskRow> overdue) {
}
