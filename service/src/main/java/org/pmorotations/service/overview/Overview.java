package org.pmorotations.service.overview;

import java.time.LocalDate;

/**
 * The counts the home page shows: staff, PMOs open today, active rotations, and active
 * rotations whose planned end falls within the next {@value #ENDING_WITHIN_DAYS} days.
 */
public record Overview(LocalDate asOf, long staff, long openPmos, long activeRotations, long rotationsEndingSoon) {

    public static final int ENDING_WITHIN_DAYS = 90;
}
