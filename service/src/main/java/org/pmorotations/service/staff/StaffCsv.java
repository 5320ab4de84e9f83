package org.pmorotations.service.staff;

import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;
import org.pmorotations.service.shared.CsvImport;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a staff CSV file, under the contract of every import ({@link CsvImport}): a header row
 * naming the columns employeeNumber, fullName, email, department, hireDate, level in any order;
 * each row checked whole, a bad one rejected with its line and all its errors, a good one kept;
 * an employee number twice in the file is rejected the second time.
 */
public final class StaffCsv {

    public static final List<String> COLUMNS = List.of("employeeNumber", "fullName", "email", "department", "hireDate", "level");

    /** One good row. */
    public record Row(EmployeeNumber employeeNumber, String fullName, String email, String department,
                      LocalDate hireDate, CareerLevel level) {
    }

    private StaffCsv() {
    }

    /**
     * @throws InvalidValueException (field {@code file}) when the header lacks a column, so no row can be read
     */
    public static CsvImport.Parsed<Row> read(Reader input) {
        return CsvImport.read(input, COLUMNS, List.of(), StaffCsv::row, row -> "employeeNumber: " + row.employeeNumber());
    }

    private static Row row(CsvImport.Fields fields, List<String> errors) {
        EmployeeNumber number = null;
        try {
            number = EmployeeNumber.of(fields.value("employeeNumber"));
        } catch (InvalidValueException e) {
            errors.add("employeeNumber: " + e.getMessage());
        }
        String name = fields.required("fullName", Staff.NAME_MAX, errors);
        String email = fields.required("email", Staff.EMAIL_MAX, errors);
        if (email != null && !Staff.isEmailAddress(email)) {
            errors.add("email: " + Staff.notAnEmailAddress(email));
        }
        String department = fields.required("department", Staff.DEPARTMENT_MAX, errors);
        LocalDate hired = fields.date("hireDate", "the hire date", true, errors);
        CareerLevel level = fields.level("level", true, errors);
        return errors.isEmpty() ? new Row(number, name, email, department, hired, level) : null;
    }
}
