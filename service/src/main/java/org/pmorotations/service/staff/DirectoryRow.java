package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.CareerLevel;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One line of the staff directory.
 *
 * @param lastRotationEnd the end (actual, or planned while under way) of the person's latest rotation
 *                        that took place (active, completed or curtailed); null when they never rotated
 * @param position        where the person works today; null when nowhere (between assignments)
 */
public record DirectoryRow(String employeeNumber, String fullName, CareerLevel level, String department,
                           LocalDate lastRotationEnd, Position position) implements Serializable {

    /** Today's primary assignment: a project role (place = project, role = career level) or a PMO seat (place = PMO, role = PMO role). */
    public record Position(Kind kind, String place, String role) implements Serializable {
        public enum Kind { PROJECT, PMO }
    }

    public boolean neverRotated() {
        return lastRotationEnd == null;
    }

    /** In a PMO on {@code today}, by their latest rotation. */
    public boolean rotatingOn(LocalDate today) {
        return lastRotationEnd != null && !lastRotationEnd.isBefore(today);
    }

    /** Whole months from the end of the latest rotation to {@code today}; null when never rotated, 0 while in a PMO. */
    public Long monthsSinceRotation(LocalDate today) {
        if (lastRotationEnd == null) {
            return null;
        }
        return rotatingOn(today) ? 0L : ChronoUnit.MONTHS.between(lastRotationEnd, today);
    }
}
