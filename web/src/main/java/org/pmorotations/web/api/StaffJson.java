package org.pmorotations.web.api;

import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;

/** A staff member as the API answers it; {@code version} is the one a change sends back. */
public record StaffJson(String employeeNumber, String fullName, String email, String department, LocalDate hireDate,
                        CareerLevel level, boolean active, long version) {

    static StaffJson of(Staff person) {
        return new StaffJson(person.getEmployeeNumber().value(), person.getFullName(), person.getEmail(), person.getDepartment(),
                person.getHireDate(), person.getLevel(), person.isActive(), person.getVersion());
    }
}
