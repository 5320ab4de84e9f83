package org.pmorotations.service.overview;

import org.pmorotations.service.report.ReportQueries;

import java.time.LocalDate;

/**
 * The counts the home page shows: staff, PMOs open today, the rotations holding a seat today,
 * and the rotations ending within the next {@value #ENDING_WITHIN_DAYS} days, counted as the
 * dashboard counts them ({@link ReportQueries#activeRotations}, {@link ReportQueries#endingWithin}).
 */
public record Overview(LocalDate asOf, long staff, long openPmos, long activeRotations, long rotationsEndingSoon) {

    public static final int ENDING_WITHIN_DAYS = ReportQueries.PIPELINE_DAYS;
}
