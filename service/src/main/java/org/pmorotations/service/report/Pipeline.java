package org.pmorotations.service.report;

/**
 * @param startsNext90Days rotations (approved or later) starting in the 90 days after the report's date
 * @param endsNext90Days   rotations (approved or later) ending from the report's date to 90 days after it
 * @param openSeats        seats of the PMOs open on the report's date that no rotation holds that day
 */
public record Pipeline(long startsNext90Days, long endsNext90Days, long openSeats) {
}
