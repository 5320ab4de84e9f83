package org.pmorotations.domain.rotation;

import org.pmorotations.domain.pmo.PmoRole;

import java.time.LocalDate;
import java.util.Set;

/** What a PMO manager asks for: who, which PMO and role, from when, for how many months, to pursue what. */
public record ScheduleRequest(String employeeNumber, String pmoCode, PmoRole role, LocalDate start, Integer months,
                              Set<Objective> objectives) {
}
