package org.pmorotations.service.report;

import java.time.LocalDate;

/**
 * One rotation of a list behind a figure.
 *
 * @param end                 the actual end, else the planned end
 * @param returnStart         the start of its return placement, if any
 * @param daysToReintegrate   the return's start minus the actual end, once the rotation has ended and has a return
 * @param atRisk              RETURN_PLAN: approved or running, ends within the policy's days after the list's day, no return
 * @param overdue             ACTIVE past its planned end on the list's day
 */
public record RotationListRow(long id, String employeeNumber, String fullName, String department, String pmoCode,
                              String tier, String role, LocalDate start, LocalDate end, String status,
                              LocalDate returnStart, Integer daysToReintegrate, boolean atRisk, boolean overdue) {
}
