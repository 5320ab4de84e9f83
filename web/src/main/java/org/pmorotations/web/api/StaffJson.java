package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;

/** A staff member as the API answers it; {@code version} is the one a change sends back. */
@Schema(name = "Staff")
public record StaffJson(String employeeNumber, String fullName, @Schema(format = "email") String email, String department, LocalDate hireDate,
                        CareerLevel level, boolean active,
                        @Schema(description = "The version read, which a change (PUT) sends back.") long version) {

    static StaffJson of(Staff person) {
        return new StaffJson(person.getEmployeeNumber().value(), person.getFullName(), person.getEmail(), person.getDepartment(),
                person.getHireDate(), person.getLevel(), person.isActive(), person.getVersion());
    }
}
