package org.pmorotations.service.project;

import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;

/**
 * An open role as a client sends it: {@code maxLevel} null for "this level or above", {@code end}
 * null for "until the project ends", {@code department} null for the project's own;
 * {@code version} is the one read (changes only).
 */
public record OpenRoleInput(String projectCode, CareerLevel minLevel, CareerLevel maxLevel, LocalDate start, LocalDate end,
                            String department, String description, Long version) {
}
