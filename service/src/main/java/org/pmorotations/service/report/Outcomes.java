package org.pmorotations.service.report;

/**
 * Of the rotations ended by the report's date (completed or curtailed, actual end on or before
 * it): how many completed, were curtailed, were extended at least once.
 */
public record Outcomes(long ended, Ratio completed, Ratio curtailed, Ratio extended) {
}
