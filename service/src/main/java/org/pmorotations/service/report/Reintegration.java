package org.pmorotations.service.report;

/**
 * Time to reintegrate of the rotations ended by the report's date whose return placement had
 * started by then: the return's start minus the rotation's actual end, in days.
 *
 * @param returns          how many returns the figures are of
 * @param medianDays       the median (PERCENTILE_CONT 0.5, so the mean of the two middle values of an even count), null without returns
 * @param p90Days          the 90th percentile, interpolated the same way, null without returns
 * @param reservedEarly    the returns reserved 60 or more days before the rotation's actual end
 *                         (return_placement.reserved_on, the day of the reservation in force)
 */
public record Reintegration(long returns, Double medianDays, Double p90Days, Ratio reservedEarly) {
}
