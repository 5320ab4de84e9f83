package org.pmorotations.service.rotation;

import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;

/**
 * A staff member who satisfies every rule for a seat, with the facts of the ranking and the
 * reason shown to the PMO manager.
 *
 * @param lastRotationEnd the end of the person's latest rotation, or null if they never rotated
 */
public record Candidate(Staff staff, LocalDate lastRotationEnd, String reason) {
}
