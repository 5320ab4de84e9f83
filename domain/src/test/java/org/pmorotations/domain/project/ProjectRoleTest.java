package org.pmorotations.domain.project;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProjectRoleTest {

    private static final LocalDate PROJECT_START = LocalDate.of(2027, 1, 1);
    private static final LocalDate PROJECT_END = LocalDate.of(2027, 12, 31);

    private final Staff staff = new Staff(EmployeeNumber.of("E-101"), "Ada Lovelace", "ada@example.org",
            "Engineering", LocalDate.of(2020, 4, 1), CareerLevel.PROJECT_MANAGER);
    private final Project closedProject = new Project("PRJ-ERP", "ERP roll-out", "Finance",
            Period.of(PROJECT_START, PROJECT_END));
    private final Project openProject = new Project("PRJ-OPS", "Operations", "Finance", Period.from(PROJECT_START));

    private static Period period(LocalDate start, LocalDate end) {
        return end == null ? Period.from(start) : Period.of(start, end);
    }

    private ProjectRole role(Project project, Period period) {
        return new ProjectRole(staff, project, CareerLevel.PROJECT_MANAGER, period);
    }

    @Test
    void keepsItsFields() {
        Period period = Period.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30));

        ProjectRole role = role(closedProject, period);

        assertSame(staff, role.getStaff());
        assertSame(closedProject, role.getProject());
        assertEquals(CareerLevel.PROJECT_MANAGER, role.getLevel());
        assertEquals(period, role.getPeriod());
    }

    @ParameterizedTest(name = "role {0} - {1} in project 2027-01-01 - 2027-12-31")
    @CsvSource({
            "2027-01-01, 2027-12-31",   // exactly the project's bounds
            "2027-02-01, 2027-06-30",   // inside
            "2027-01-01, 2027-01-01",   // the first day alone
            "2027-12-31, 2027-12-31",   // the last day alone
    })
    void roleWithinAClosedProjectIsAccepted(LocalDate start, LocalDate end) {
        assertEquals(Period.of(start, end), role(closedProject, Period.of(start, end)).getPeriod());
    }

    @ParameterizedTest(name = "role {0} - {1} in project 2027-01-01 - 2027-12-31")
    @CsvSource({
            "2026-12-31, 2027-06-30, start",   // starts the day before the project
            "2027-06-01, 2028-01-01, end",     // ends the day after the project
            "2026-06-01, 2028-06-30, start",   // around the project
            "2028-01-01, 2028-06-30, start",   // after the project
            "2026-01-01, 2026-12-31, start",   // before the project
            "2027-06-01,           , end",     // open-ended in a project that ends
    })
    void roleOutsideAClosedProjectIsRejectedNamingTheDateAtFault(LocalDate start, LocalDate end, String field) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> role(closedProject, period(start, end)));
        assertEquals(field, e.getField());
    }

    @ParameterizedTest(name = "role {0} - {1} in project open from 2027-01-01")
    @CsvSource({
            "2027-01-01,           ",
            "2027-01-01, 2027-01-01",
            "2030-01-01,           ",
            "2030-01-01, 2031-12-31",
    })
    void roleFromTheStartOfAnOpenEndedProjectIsAccepted(LocalDate start, LocalDate end) {
        assertEquals(period(start, end), role(openProject, period(start, end)).getPeriod());
    }

    @ParameterizedTest(name = "role {0} - {1} in project open from 2027-01-01")
    @CsvSource({
            "2026-12-31,           ",
            "2026-12-31, 2027-06-30",
    })
    void roleStartingBeforeAnOpenEndedProjectIsRejected(LocalDate start, LocalDate end) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> role(openProject, period(start, end)));
        assertEquals("start", e.getField());
    }

    @Test
    void requiredReferencesAreChecked() {
        Period period = Period.from(PROJECT_START);
        assertThrows(NullPointerException.class, () -> new ProjectRole(null, openProject, CareerLevel.PROJECT_MANAGER, period));
        assertThrows(NullPointerException.class, () -> new ProjectRole(staff, null, CareerLevel.PROJECT_MANAGER, period));
        assertThrows(NullPointerException.class, () -> new ProjectRole(staff, openProject, null, period));
        assertThrows(NullPointerException.class, () -> new ProjectRole(staff, openProject, CareerLevel.PROJECT_MANAGER, null));
    }

    @Nested
    class EndOn {

        @Test
        void endsAnOpenRoleOnTheLastDay() {
            ProjectRole role = role(openProject, Period.from(LocalDate.of(2027, 3, 1)));

            role.endOn(LocalDate.of(2028, 2, 29));

            assertEquals(Period.of(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)), role.getPeriod());
        }

        @Test
        void canEndOnItsFirstDay() {
            ProjectRole role = role(openProject, Period.from(LocalDate.of(2027, 3, 1)));

            role.endOn(LocalDate.of(2027, 3, 1));

            assertEquals(1, role.getPeriod().days());
        }

        @Test
        void endingBeforeItStartsIsRejected() {
            ProjectRole role = role(openProject, Period.from(LocalDate.of(2027, 3, 1)));

            InvalidValueException e = assertThrows(InvalidValueException.class, () -> role.endOn(LocalDate.of(2027, 2, 28)));

            assertEquals("end", e.getField());
            assertEquals(Period.from(LocalDate.of(2027, 3, 1)), role.getPeriod());
        }

        @Test
        void endsAClosedRoleEarlier() {
            ProjectRole role = role(closedProject, Period.of(LocalDate.of(2027, 3, 1), PROJECT_END));

            role.endOn(LocalDate.of(2027, 8, 31));

            assertEquals(Period.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31)), role.getPeriod());
        }
        @Test
        void endingAfterTheProjectEndsIsRejected() {
            ProjectRole role = role(closedProject, Period.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30)));

            assertThrows(InvalidValueException.class, () -> role.endOn(PROJECT_END.plusDays(1)));
            assertEquals(LocalDate.of(2027, 6, 30), role.getPeriod().end().orElseThrow());
        }
    }
}
