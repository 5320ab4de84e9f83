package org.pmorotations.domain.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmorotations.domain.staff.CareerLevel.PROGRAM_MANAGER;
import static org.pmorotations.domain.staff.CareerLevel.PROJECT_MANAGER;
import static org.pmorotations.domain.staff.CareerLevel.SENIOR_PROJECT_MANAGER;

class OpenRoleTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);
    private static final LocalDate END = LocalDate.of(2028, 12, 31);
    private static final Change MANAGER = Change.by("pmo.manager", LocalDateTime.of(2026, 12, 1, 9, 0));

    private final Project project = new Project("PRJ-ERP", "ERP roll-out", "Finance", Period.of(START, END));
    private final Project ongoing = new Project("PRJ-OPS", "Operations", "Operations", Period.from(START));
    private final Staff ada = new Staff(EmployeeNumber.of("E-101"), "Ada Lovelace", "ada@example.org",
            "Finance", LocalDate.of(2020, 4, 1), PROJECT_MANAGER);

    private OpenRole wanted(CareerLevel min, CareerLevel max) {
        return new OpenRole(project, min, max, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), null, "ERP lead", MANAGER);
    }

    @Test
    void opensWithTheProjectsDepartmentAndAnEntryInItsHistory() {
        OpenRole role = wanted(PROJECT_MANAGER, null);

        assertEquals(OpenRoleStatus.OPEN, role.getStatus());
        assertEquals("Finance", role.getDepartment(), "the project's department when none is given");
        assertEquals(List.of(OpenRoleEventKind.OPENED), role.getHistory().stream().map(OpenRoleEvent::getKind).toList());
        assertEquals("pmo.manager", role.getHistory().get(0).getActor());
        assertEquals("project manager or above", role.levels());
    }

    @Test
    void withoutAnEndItRunsUntilTheProjectEnds() {
        OpenRole role = new OpenRole(project, PROJECT_MANAGER, null, LocalDate.of(2027, 6, 1), null, "", null, MANAGER);
        OpenRole onGoing = new OpenRole(ongoing, PROJECT_MANAGER, null, LocalDate.of(2027, 6, 1), null, null, null, MANAGER);

        assertTrue(role.getPeriod().isOpenEnded());
        assertEquals(Period.of(LocalDate.of(2027, 6, 1), END), role.until());
        assertEquals(Period.from(LocalDate.of(2027, 6, 1)), onGoing.until(), "open-ended while the project is");
    }

    @ParameterizedTest(name = "{0} to {1}: {2} admitted? {3}")
    @CsvSource({
            "PROJECT_MANAGER, ,                        PROJECT_COORDINATOR,    false",
            "PROJECT_MANAGER, ,                        PROJECT_MANAGER,        true",
            "PROJECT_MANAGER, ,                        PORTFOLIO_MANAGER,      true",
            "PROJECT_MANAGER, SENIOR_PROJECT_MANAGER,  SENIOR_PROJECT_MANAGER, true",
            "PROJECT_MANAGER, SENIOR_PROJECT_MANAGER,  PROGRAM_MANAGER,        false",
            "PROJECT_MANAGER, PROJECT_MANAGER,         PROJECT_MANAGER,        true",
    })
    void admitsTheLevelsFromItsMinimumToItsMaximum(CareerLevel min, CareerLevel max, CareerLevel level, boolean admitted) {
        assertEquals(admitted, wanted(min, max).admits(level));
    }

    @Test
    void aMaximumBelowTheMinimumIsRefusedNamingTheField() {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> wanted(SENIOR_PROJECT_MANAGER, PROJECT_MANAGER));
        assertEquals("maxLevel", refused.getField());
    }

    @ParameterizedTest(name = "{0} to {1} refused on {2}")
    @CsvSource({
            "2026-12-31, 2027-06-30, start",   // before the project starts
            "2029-01-01,           , start",   // after it ends
            "2027-06-01, 2029-01-31, end",     // ending after it
            "2027-06-01, 2027-05-31, end",     // ending before it starts
    })
    void aPeriodOutsideTheProjectIsRefused(LocalDate start, LocalDate end, String field) {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> new OpenRole(project, PROJECT_MANAGER, null, start, end, null, null, MANAGER));
        assertEquals(field, refused.getField());
    }

    @Test
    void filledByAProjectRoleOnItsProjectAtALevelItAdmits() {
        OpenRole role = wanted(PROJECT_MANAGER, SENIOR_PROJECT_MANAGER);
        ProjectRole taken = new ProjectRole(ada, project, PROJECT_MANAGER, Period.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 12, 31)));

        role.fill(taken, MANAGER);

        assertEquals(OpenRoleStatus.FILLED, role.getStatus());
        assertSame(taken, role.getFilledBy().orElseThrow());
        OpenRoleEvent filled = role.getHistory().get(1);
        assertEquals(OpenRoleEventKind.FILLED, filled.getKind());
        assertTrue(filled.getDetail().contains("Ada Lovelace"), filled.getDetail());
    }

    @Test
    void aRoleAtALevelItDoesNotAdmitOrOnAnotherProjectOrOutsideItsPeriodDoesNotFillIt() {
        OpenRole role = wanted(SENIOR_PROJECT_MANAGER, null);
        Period april = Period.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 12, 31));

        assertEquals("level", assertThrows(InvalidValueException.class,
                () -> role.fill(new ProjectRole(ada, project, PROJECT_MANAGER, april), MANAGER)).getField());
        assertEquals("projectCode", assertThrows(InvalidValueException.class,
                () -> role.fill(new ProjectRole(ada, ongoing, SENIOR_PROJECT_MANAGER, april), MANAGER)).getField());
        assertEquals("start", assertThrows(InvalidValueException.class,
                () -> role.fill(new ProjectRole(ada, project, SENIOR_PROJECT_MANAGER, Period.of(START, END)), MANAGER)).getField());
        assertEquals(OpenRoleStatus.OPEN, role.getStatus(), "still open");
        assertFalse(role.getFilledBy().isPresent());
    }

    @Test
    void withdrawingNeedsAReasonAndEndsTheChanges() {
        OpenRole role = wanted(PROJECT_MANAGER, null);

        assertEquals("reason", assertThrows(InvalidValueException.class, () -> role.withdraw(MANAGER)).getField());
        role.withdraw(MANAGER.because("The project found someone outside"));

        assertEquals(OpenRoleStatus.WITHDRAWN, role.getStatus());
        assertEquals("The project found someone outside", role.getHistory().get(1).getReason());
        InvalidValueException again = assertThrows(InvalidValueException.class,
                () -> role.change(PROGRAM_MANAGER, null, START, null, null, null, MANAGER));
        assertEquals("status", again.getField());
        assertTrue(again.getMessage().contains("withdrawn"), again.getMessage());
    }

    @Test
    void aChangeIsHistoryWithWhatItWasAndWhatItBecame() {
        OpenRole role = wanted(PROJECT_MANAGER, null);

        role.change(SENIOR_PROJECT_MANAGER, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), null, "ERP lead", MANAGER);

        OpenRoleEvent changed = role.getHistory().get(1);
        assertEquals(OpenRoleEventKind.CHANGED, changed.getKind());
        assertTrue(changed.getDetail().startsWith("project manager or above") && changed.getDetail().contains("-> senior project manager"),
                changed.getDetail());
        InvalidValueException same = assertThrows(InvalidValueException.class, () -> role.change(SENIOR_PROJECT_MANAGER, null,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), null, "ERP lead", MANAGER));
        assertTrue(same.getMessage().contains("nothing to change"), same.getMessage());
        assertEquals(2, role.getHistory().size(), "a change that changes nothing is not history");

        role.change(SENIOR_PROJECT_MANAGER, null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), null, "ERP and payroll lead", MANAGER);

        assertEquals("ERP and payroll lead", role.getDescription().orElseThrow(), "a new description alone is a change");
        assertEquals(3, role.getHistory().size());
    }

    @Test
    void aBackfillEndsTheRoleTheDayBeforeTheRotationAndOpensOneAtItsLevelUntilTheRolesEnd() {
        ProjectRole home = new ProjectRole(ada, ongoing, PROJECT_MANAGER, Period.from(START));

        OpenRole backfill = OpenRole.backfill(home, 42L, LocalDate.of(2027, 7, 1), MANAGER);

        assertEquals(Period.of(START, LocalDate.of(2027, 6, 30)), home.getPeriod(), "the person's role ends the day before");
        assertEquals(LocalDate.of(2027, 7, 1), backfill.getPeriod().start());
        assertTrue(backfill.getPeriod().isOpenEnded(), "as long as the role would have run");
        assertEquals(Period.from(LocalDate.of(2027, 7, 1)), backfill.until(), "open-ended like the project");
        assertSame(ongoing, backfill.getProject(), "on the person's home project");
        assertEquals("project manager", backfill.levels(), "at the level of the role left");
        assertEquals("Backfill for Ada Lovelace", backfill.getDescription().orElseThrow());
        assertEquals(42L, backfill.getBackfillFor().orElseThrow());
        assertSame(home, backfill.getHeld().orElseThrow());
    }

    @Test
    void aCancelledRotationGivesTheRoleBackAsItWasAndWithdrawsTheOpenBackfill() {
        ProjectRole home = new ProjectRole(ada, project, PROJECT_MANAGER, Period.of(START, LocalDate.of(2028, 6, 30)));
        OpenRole backfill = OpenRole.backfill(home, 42L, LocalDate.of(2027, 7, 1), MANAGER);

        backfill.restore(MANAGER.because("Plans changed"));

        assertEquals(Period.of(START, LocalDate.of(2028, 6, 30)), home.getPeriod());
        assertEquals(OpenRoleStatus.WITHDRAWN, backfill.getStatus());
        assertEquals(OpenRoleEventKind.WITHDRAWN, backfill.getHistory().get(1).getKind());
    }

    @Test
    void aFilledBackfillStaysFilledWhenTheRotationIsCancelled() {
        ProjectRole home = new ProjectRole(ada, ongoing, PROJECT_MANAGER, Period.from(START));
        OpenRole backfill = OpenRole.backfill(home, 42L, LocalDate.of(2027, 7, 1), MANAGER);
        Staff bo = new Staff(EmployeeNumber.of("E-102"), "Bo Chen", "bo@example.org", "Finance", LocalDate.of(2019, 1, 1), PROJECT_MANAGER);
        backfill.fill(new ProjectRole(bo, ongoing, PROJECT_MANAGER, Period.from(LocalDate.of(2027, 7, 1))), MANAGER);

        backfill.restore(MANAGER.because("Plans changed"));

        assertTrue(home.getPeriod().isOpenEnded(), "the role is back");
        assertEquals(OpenRoleStatus.FILLED, backfill.getStatus(), "Bo keeps the seat");
    }

    @Test
    void aRotationMovedElsewhereInTimeMovesTheCutAndTheBackfill() {
        ProjectRole home = new ProjectRole(ada, project, PROJECT_MANAGER, Period.of(START, LocalDate.of(2028, 6, 30)));
        OpenRole backfill = OpenRole.backfill(home, 42L, LocalDate.of(2027, 7, 1), MANAGER);

        backfill.move(LocalDate.of(2027, 9, 1), MANAGER);

        assertEquals(LocalDate.of(2027, 8, 31), home.getPeriod().end().orElseThrow());
        assertEquals(Period.of(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 6, 30)), backfill.getPeriod());
        assertEquals(OpenRoleEventKind.MOVED, backfill.getHistory().get(1).getKind());
        assertEquals("start", assertThrows(InvalidValueException.class, () -> backfill.move(START, MANAGER)).getField());

        backfill.move(LocalDate.of(2028, 9, 1), MANAGER);

        assertEquals(Period.of(START, LocalDate.of(2028, 6, 30)), home.getPeriod(), "past the role's end: the role runs as it did");
        assertEquals(OpenRoleStatus.WITHDRAWN, backfill.getStatus(), "nobody leaves the seat any more");
    }
}
