package org.pmorotations.domain.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectTest {

    private static final Period PERIOD = Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    @Test
    void keepsItsFieldsStrippedAndTheCodeUpperCased() {
        Project project = new Project(" prj-erp ", " ERP roll-out ", " Finance ", PERIOD);

        assertEquals("PRJ-ERP", project.getCode());
        assertEquals("ERP roll-out", project.getName());
        assertEquals("Finance", project.getDepartment());
        assertEquals(PERIOD, project.getPeriod());
    }

    @ParameterizedTest(name = "code \"{0}\", name \"{1}\", department \"{2}\" -> {3}")
    @CsvSource({
            "'',      ERP, Finance, code",
            "'   ',   ERP, Finance, code",
            "PRJ,     '',  Finance, name",
            "PRJ,     ERP, '  ',    department",
    })
    void blankTextIsRejectedNamingTheField(String code, String name, String department, String rule) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Project(code, name, department, PERIOD));
        assertEquals(rule, e.getField());
    }

    @ParameterizedTest
    @NullSource
    void missingCodeIsRejected(String code) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Project(code, "ERP", "Finance", PERIOD));
        assertEquals("code", e.getField());
    }

    @ParameterizedTest
    @ValueSource(strings = {"code", "name", "department"})
    void textLongerThanItsMaximumIsRejected(String field) {
        String code = field.equals("code") ? "c".repeat(Project.CODE_MAX + 1) : "c".repeat(Project.CODE_MAX);
        String name = field.equals("name") ? "n".repeat(Project.NAME_MAX + 1) : "n".repeat(Project.NAME_MAX);
        String department = field.equals("department")
                ? "d".repeat(Project.DEPARTMENT_MAX + 1) : "d".repeat(Project.DEPARTMENT_MAX);

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Project(code, name, department, PERIOD));
        assertEquals(field, e.getField());
    }

    @Test
    void textOfExactlyItsMaximumIsAllowed() {
        Project project = new Project("c".repeat(Project.CODE_MAX), "n".repeat(Project.NAME_MAX),
                "d".repeat(Project.DEPARTMENT_MAX), PERIOD);

        assertEquals("C".repeat(Project.CODE_MAX), project.getCode());
    }

    @Test
    void periodIsRequired() {
        assertThrows(NullPointerException.class, () -> new Project("PRJ", "ERP", "Finance", null));
    }
}
