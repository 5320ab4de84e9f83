package org.pmorotations.service.project;

import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.service.shared.CsvImport;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads a CSV file of open roles, under the contract of every import ({@link CsvImport}): the
 * columns projectCode, minLevel and start, and optionally maxLevel, end, department and
 * description, in any order. An empty maxLevel is "this level or above", an empty end "until the
 * project ends", an empty department the project's own. Each line opens a role; what the stored
 * projects say of it (an unknown project, a start outside it) is checked on import.
 */
public final class OpenRoleCsv {

    public static final List<String> REQUIRED = List.of("projectCode", "minLevel", "start");
    public static final List<String> OPTIONAL = List.of("maxLevel", "end", "department", "description");

    private OpenRoleCsv() {
    }

    /** @throws InvalidValueException (field {@code file}) when the header lacks a column, so no row can be read */
    public static CsvImport.Parsed<OpenRoleInput> read(Reader input) {
        return CsvImport.read(input, REQUIRED, OPTIONAL, OpenRoleCsv::row, null);
    }

    private static OpenRoleInput row(CsvImport.Fields fields, List<String> errors) {
        String project = fields.required("projectCode", Project.CODE_MAX, errors);
        CareerLevel min = fields.level("minLevel", true, errors);
        CareerLevel max = fields.level("maxLevel", false, errors);
        LocalDate start = fields.date("start", "the start date", true, errors);
        LocalDate end = fields.date("end", "the end date", false, errors);
        String department = fields.optional("department", OpenRole.DEPARTMENT_MAX, errors);
        String description = fields.optional("description", OpenRole.DESCRIPTION_MAX, errors);
        return errors.isEmpty() ? new OpenRoleInput(project, min, max, start, end, department, description, null) : null;
    }
}
