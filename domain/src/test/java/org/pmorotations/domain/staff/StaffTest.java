package org.pmorotations.domain.staff;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmorotations.domain.shared.InvalidValueException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmorotations.domain.staff.CareerLevel.PORTFOLIO_MANAGER;
import static org.pmorotations.domain.staff.CareerLevel.PROGRAM_MANAGER;
import static org.pmorotations.domain.staff.CareerLevel.PROJECT_COORDINATOR;
import static org.pmorotations.domain.staff.CareerLevel.PROJECT_MANAGER;
import static org.pmorotations.domain.staff.CareerLevel.SENIOR_PROJECT_MANAGER;

class StaffTest {

    private static final LocalDate HIRED = LocalDate.of(2020, 4, 1);

    private static Staff staff(String name, String email, String department) {
        return new Staff(EmployeeNumber.of("e-101"), name, email, department, HIRED, PROJECT_COORDINATOR);
    }

    private static Staff staff() {
        return staff("Ada Lovelace", "ada@example.org", "Engineering");
    }

    private static List<LocalDate> effectiveDates(Staff staff) {
        return staff.getLevelHistory().stream().map(LevelChange::getEffective).toList();
    }

    @Nested
    class Creation {

        @Test
        void keepsItsFields() {
            Staff staff = staff("  Ada Lovelace ", " ada@example.org ", " Engineering ");

            assertEquals(EmployeeNumber.of("E-101"), staff.getEmployeeNumber());
            assertEquals("Ada Lovelace", staff.getFullName());
            assertEquals("ada@example.org", staff.getEmail());
            assertEquals("Engineering", staff.getDepartment());
            assertEquals(HIRED, staff.getHireDate());
            assertEquals(PROJECT_COORDINATOR, staff.getLevel());
            assertTrue(staff.isActive());
            assertTrue(staff.isNew());
        }

        @Test
        void levelAtHireIsTheFirstHistoryEntry() {
            Staff staff = staff();

            assertEquals(1, staff.getLevelHistory().size());
            LevelChange first = staff.getLevelHistory().get(0);
            assertEquals(PROJECT_COORDINATOR, first.getLevel());
            assertEquals(HIRED, first.getEffective());
            assertSame(staff, first.getStaff());
        }

        @Test
        void historyCannotBeChangedFromOutside() {
            Staff staff = staff();

            assertThrows(UnsupportedOperationException.class, () -> staff.getLevelHistory().clear());
        }

        @Test
        void requiredReferencesAreChecked() {
            assertThrows(NullPointerException.class,
                    () -> new Staff(null, "Ada", "ada@example.org", "Eng", HIRED, PROJECT_MANAGER));
            assertThrows(NullPointerException.class,
                    () -> new Staff(EmployeeNumber.of("E1"), "Ada", "ada@example.org", "Eng", null, PROJECT_MANAGER));
            assertThrows(NullPointerException.class,
                    () -> new Staff(EmployeeNumber.of("E1"), "Ada", "ada@example.org", "Eng", HIRED, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0215-03-01", "1899-12-31"})
        void aHireDateBefore1900IsAMistypedYearAndRefusedNamingTheField(String day) {
            InvalidValueException refused = assertThrows(InvalidValueException.class,
                    () -> new Staff(EmployeeNumber.of("E1"), "Ada", "ada@example.org", "Eng", LocalDate.parse(day), PROJECT_MANAGER));
            assertEquals("hireDate", refused.getField());
            assertEquals("The hire date " + day + " is before 1900-01-01: check the year.", refused.getMessage());
        }

        @Test
        void aHireOnTheFirstDayOf1900IsTaken() {
            assertEquals(Staff.FIRST_HIRE_DATE, new Staff(EmployeeNumber.of("E1"), "Ada", "ada@example.org", "Eng", Staff.FIRST_HIRE_DATE,
                    PROJECT_MANAGER).getHireDate());
        }
    }

    @Nested
    class RequiredText {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t"})
        void blankNameIsRejected(String name) {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> staff(name, "ada@example.org", "Engineering"));
            assertEquals("fullName", e.getField());
        }

        @Test
        void nameOfNameMaxCharactersIsAllowed() {
            String name = "a".repeat(Staff.NAME_MAX);

            assertEquals(name, staff(name, "ada@example.org", "Engineering").getFullName());
        }

        @Test
        void nameOfNameMaxPlusOneCharactersIsRejected() {
            String name = "a".repeat(Staff.NAME_MAX + 1);

            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> staff(name, "ada@example.org", "Engineering"));
            assertEquals("fullName", e.getField());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void blankEmailIsRejected(String email) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> staff("Ada", email, "Engineering"));
            assertEquals("email", e.getField());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ada@example.org", "ada.king+pmo@mail.example.org", "o'brien@example.co.uk", "zoë@exämple.de",
                "a_b-c@sub-domain.example.com"})
        void emailAddressesOfTheUsualShapesAreTaken(String email) {
            assertTrue(Staff.isEmailAddress(email));
            assertEquals(email, staff("Ada", email, "Engineering").getEmail());
        }

        @ParameterizedTest
        @ValueSource(strings = {"ada", "ada@", "@example.org", "ada@example", "ada@exa;ple.com", "ada;x@example.com",
                "ada@exa mple.com", "ada king@example.com", "ada@@example.com", "ada@example..org", ".ada@example.org",
                "ada.@example.org", "ada@-example.org", "ada@example-.org", "<ada@example.org>", "ada@example.org,bo@example.org",
                "\"ada\"@example.org", "ada@[127.0.0.1]", "ada(x)@example.org", "ada\\@example.org", "ada:@example.org"})
        void anythingElseIsRefusedNamingTheEmail(String email) {
            assertFalse(Staff.isEmailAddress(email));
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> staff("Ada", email, "Engineering"));
            assertEquals("email", e.getField());
            assertEquals("\"" + email + "\" is not an e-mail address.", e.getMessage());
        }

        @Test
        void emailLengthIsLimited() {
            String atMax = "a".repeat(Staff.EMAIL_MAX - "@example.org".length()) + "@example.org";

            assertEquals(atMax, staff("Ada", atMax, "Engineering").getEmail());
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> staff("Ada", "a" + atMax, "Engineering"));
            assertEquals("email", e.getField());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void blankDepartmentIsRejected(String department) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> staff("Ada", "ada@example.org", department));
            assertEquals("department", e.getField());
        }

        @Test
        void departmentLengthIsLimited() {
            String atMax = "d".repeat(Staff.DEPARTMENT_MAX);

            assertEquals(atMax, staff("Ada", "ada@example.org", atMax).getDepartment());
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> staff("Ada", "ada@example.org", atMax + "d"));
            assertEquals("department", e.getField());
        }

        @Test
        void renameChangesTheName() {
            Staff staff = staff();

            staff.rename("  Ada King  ");

            assertEquals("Ada King", staff.getFullName());
        }

        @Test
        void rejectedRenameKeepsTheOldName() {
            Staff staff = staff();

            InvalidValueException e = assertThrows(InvalidValueException.class, () -> staff.rename(" "));
            assertEquals("fullName", e.getField());
            assertEquals("Ada Lovelace", staff.getFullName());
        }

        @Test
        void changeContactChangesEmailAndDepartment() {
            Staff staff = staff();

            staff.changeContact("ada.king@example.org", "Finance");

            assertEquals("ada.king@example.org", staff.getEmail());
            assertEquals("Finance", staff.getDepartment());
        }
    }

    @Nested
    class LevelHistory {

        private Staff staff;

        @BeforeEach
        void hire() {
            staff = staff();
        }

        @Test
        void changeLevelRecordsADatedChange() {
            LocalDate promoted = LocalDate.of(2022, 1, 1);

            LevelChange change = staff.changeLevel(PROJECT_MANAGER, promoted);

            assertEquals(PROJECT_MANAGER, change.getLevel());
            assertEquals(promoted, change.getEffective());
            assertSame(staff, change.getStaff());
            assertEquals(List.of(HIRED, promoted), effectiveDates(staff));
            assertEquals(PROJECT_MANAGER, staff.getLevel());
        }

        @Test
        void changeBeforeHireIsRejected() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> staff.changeLevel(PROJECT_MANAGER, HIRED.minusDays(1)));

            assertEquals("effective", e.getField());
            assertEquals(1, staff.getLevelHistory().size());
            assertEquals(PROJECT_COORDINATOR, staff.getLevel());
        }

        @Test
        void changeOnTheHireDayIsRejectedBecauseTheHireLevelIsRecordedThatDay() {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> staff.changeLevel(PROJECT_MANAGER, HIRED));

            assertEquals("effective", e.getField());
            assertEquals(PROJECT_COORDINATOR, staff.getLevel());
        }

        @Test
        void changeTheDayAfterHireIsAllowed() {
            staff.changeLevel(PROJECT_MANAGER, HIRED.plusDays(1));

            assertEquals(PROJECT_MANAGER, staff.getLevel());
        }

        @Test
        void twoChangesOnTheSameDayAreRejected() {
            LocalDate day = LocalDate.of(2022, 1, 1);
            staff.changeLevel(PROJECT_MANAGER, day);

            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> staff.changeLevel(SENIOR_PROJECT_MANAGER, day));

            assertEquals("effective", e.getField());
            assertEquals(2, staff.getLevelHistory().size());
            assertEquals(PROJECT_MANAGER, staff.getLevel());
        }

        @Test
        void levelAndDateAreRequired() {
            assertThrows(NullPointerException.class, () -> staff.changeLevel(null, LocalDate.of(2022, 1, 1)));
            assertThrows(NullPointerException.class, () -> staff.changeLevel(PROJECT_MANAGER, null));
            assertEquals(1, staff.getLevelHistory().size());
        }

        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2020-03-31, ",                        // the day before hire
                "2000-01-01, ",
                "2020-04-01, PROJECT_COORDINATOR",     // hire day
                "2021-12-31, PROJECT_COORDINATOR",     // the day before the first promotion
                "2022-01-01, PROJECT_MANAGER",         // the effective day
                "2023-06-15, PROJECT_MANAGER",         // between changes
                "2024-06-30, PROJECT_MANAGER",
                "2024-07-01, SENIOR_PROJECT_MANAGER",
                "2030-01-01, SENIOR_PROJECT_MANAGER",  // long after the last change
        })
        void levelOnFollowsTheHistory(LocalDate day, CareerLevel expected) {
            staff.changeLevel(PROJECT_MANAGER, LocalDate.of(2022, 1, 1));
            staff.changeLevel(SENIOR_PROJECT_MANAGER, LocalDate.of(2024, 7, 1));

            assertEquals(Optional.ofNullable(expected), staff.levelOn(day));
        }

        @Test
        void currentLevelFollowsTheLatestChangeEvenWhenAddedOutOfOrder() {
            staff.changeLevel(PROGRAM_MANAGER, LocalDate.of(2024, 1, 1));
            staff.changeLevel(PROJECT_MANAGER, LocalDate.of(2022, 1, 1)); // a late back-dated entry

            assertEquals(PROGRAM_MANAGER, staff.getLevel());
            assertEquals(List.of(HIRED, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1)), effectiveDates(staff));
            assertEquals(Optional.of(PROJECT_MANAGER), staff.levelOn(LocalDate.of(2023, 1, 1)));
            assertEquals(Optional.of(PROGRAM_MANAGER), staff.levelOn(LocalDate.of(2024, 1, 1)));
            assertEquals(Optional.of(PROJECT_COORDINATOR), staff.levelOn(LocalDate.of(2021, 12, 31)));
        }

        /** Loaded with its person in one join, the history comes in the order of the database's rows. */
        @Test
        void levelOnDoesNotDependOnTheOrderTheHistoryWasLoadedIn() throws Exception {
            staff.changeLevel(PROJECT_MANAGER, LocalDate.of(2021, 1, 11));
            staff.changeLevel(SENIOR_PROJECT_MANAGER, LocalDate.of(2026, 2, 11));
            java.lang.reflect.Field field = Staff.class.getDeclaredField("levelHistory");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<LevelChange> loaded = (List<LevelChange>) field.get(staff);
            java.util.Collections.reverse(loaded);

            assertEquals(Optional.of(SENIOR_PROJECT_MANAGER), staff.levelOn(LocalDate.of(2028, 1, 1)));
            assertEquals(Optional.of(PROJECT_MANAGER), staff.levelOn(LocalDate.of(2022, 1, 1)));
            assertEquals(Optional.of(PROJECT_COORDINATOR), staff.levelOn(HIRED));
            assertEquals(Optional.empty(), staff.levelOn(HIRED.minusDays(1)));
            assertEquals(List.of(HIRED, LocalDate.of(2021, 1, 11), LocalDate.of(2026, 2, 11)), effectiveDates(staff), "oldest first");
        }

        @Test
        void aLaterChangeToALowerLevelBecomesTheCurrentLevel() {
            staff.changeLevel(PORTFOLIO_MANAGER, LocalDate.of(2022, 1, 1));
            staff.changeLevel(PROJECT_MANAGER, LocalDate.of(2023, 1, 1));

            assertEquals(PROJECT_MANAGER, staff.getLevel());
            assertEquals(Optional.of(PORTFOLIO_MANAGER), staff.levelOn(LocalDate.of(2022, 6, 1)));
        }
    }

    @Test
    void deactivateAndReactivate() {
        Staff staff = staff();

        staff.deactivate();
        assertFalse(staff.isActive());

        staff.reactivate();
        assertTrue(staff.isActive());
    }
}
