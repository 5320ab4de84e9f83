package org.pmorotations.service.report;

/**
 * @param atRisk     rotations ending within the policy's at-risk days without a return placement
 * @param longStays  people in a PMO for more than 24 months
 * @param overdue    active rotations whose planned end has passed, not yet completed
 */
public record RiskCounts(long atRisk, long longStays, long overdue) {
}
