package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;

/** A staff member as the API sends it; {@code version} is the one the client read (updates only). */
public record StaffInput(String employeeNumber, String fullName, String email, String department, LocalDate hireDate,
                         CareerLevel level, Boolean active, Long version) {
}
