package org.pmorotations.domain.rotation;

import org.junit.jupiter.api.Test;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmorotations.domain.staff.CareerLevel.PORTFOLIO_MANAGER;
import static org.pmorotations.domain.staff.CareerLevel.PROGRAM_MANAGER;
import static org.pmorotations.domain.staff.CareerLevel.PROJECT_COORDINATOR;
import static org.pmorotations.domain.staff.CareerLevel.PROJECT_MANAGER;
import static org.pmorotations.domain.staff.CareerLevel.SENIOR_PROJECT_MANAGER;

class ReturnMatchTest {

    private static final Change MANAGER = Change.by("pmo.manager", LocalDateTime.of(2026, 12, 1, 9, 0));
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);
    /** Ada, a project manager of Finance, back on 2028-01-01 from rotation 7. */
    private static final ReturnMatch.Returning ADA = new ReturnMatch.Returning(7, LAST_DAY, PROJECT_MANAGER, "Finance", "Ada Lovelace");

    private final Project finance = new Project("PRJ-FIN", "Ledger", "Finance", Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));
    private final Project sales = new Project("PRJ-SAL", "Portal", "Sales", Period.from(LocalDate.of(2020, 1, 1)));
    private final Project shortOne = new Project("PRJ-SHO", "Short", "Finance", Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 11, 30)));

    private OpenRole open(Project project, String from, org.pmorotations.domain.staff.CareerLevel min,
                          org.pmorotations.domain.staff.CareerLevel max, String description) {
        return new OpenRole(project, min, max, LocalDate.parse(from), null, null, description, MANAGER);
    }

    private static List<String> order(List<ReturnMatch> matches) {
        return matches.stream().map(match -> match.role().getDescription().orElseThrow()).toList();
    }

    @Test
    void theirOwnBackfillFirstThenLevelThenDepartmentThenGapThenProjectLength() {
        Staff ada = new Staff(EmployeeNumber.of("E-1"), "Ada Lovelace", "ada@example.org", "Finance", LocalDate.of(2015, 1, 1), PROJECT_MANAGER);
        OpenRole own = OpenRole.backfill(new ProjectRole(ada, sales, PROJECT_MANAGER, Period.from(LocalDate.of(2021, 1, 1))), 7,
                LocalDate.of(2027, 1, 1), MANAGER);
        OpenRole promotion = open(finance, "2028-01-01", SENIOR_PROJECT_MANAGER, null, "promotion");
        OpenRole otherDepartment = open(sales, "2028-01-01", PROJECT_MANAGER, null, "sales");
        OpenRole later = open(finance, "2028-03-01", PROJECT_MANAGER, null, "later");
        OpenRole now = open(finance, "2027-06-01", PROJECT_MANAGER, SENIOR_PROJECT_MANAGER, "now");

        List<ReturnMatch> ranked = ReturnMatch.rank(ADA, List.of(promotion, otherDepartment, later, now, own));

        assertEquals(List.of("Backfill for Ada Lovelace", "now", "later", "sales", "promotion"), order(ranked));
        ReturnMatch first = ranked.get(0);
        assertTrue(first.ownBackfill());
        assertTrue(first.reason().startsWith("Their own seat at home"), first.reason());
        assertEquals(LocalDate.of(2028, 1, 1), first.start(), "from the day after the rotation");
        ReturnMatch lastOne = ranked.get(4);
        assertTrue(lastOne.promotion());
        assertEquals(SENIOR_PROJECT_MANAGER, lastOne.level(), "returning a level up");
        assertTrue(lastOne.reason().contains("promotion path"), lastOne.reason());
        ReturnMatch waiting = ranked.get(2);
        assertEquals(60, waiting.gapDays(), "January and a leap February");
        assertEquals(LocalDate.of(2028, 3, 1), waiting.start(), "from the role's start, later than the return");
        assertTrue(waiting.reason().contains("starts 60 days after they return"), waiting.reason());
        assertTrue(ranked.get(3).reason().contains("in Sales, not their department (Finance)"), ranked.get(3).reason());

        // A list of many people shows each one's best match and their number, the same as the ranking's.
        ReturnMatch.Best best = ReturnMatch.best(ADA, List.of(promotion, otherDepartment, later, now, own));
        assertEquals(5, best.count());
        assertEquals(own, best.match().orElseThrow().role());
        ReturnMatch.Best withoutOwn = ReturnMatch.best(ADA, List.of(later, promotion, now, otherDepartment));
        assertEquals(4, withoutOwn.count());
        assertEquals(now, withoutOwn.match().orElseThrow().role());
        assertEquals(new ReturnMatch.Best(java.util.Optional.empty(), 0), ReturnMatch.best(ADA, List.of()));
    }

    @Test
    void aLongerProjectRanksFirstWhenAllElseIsEqual() {
        OpenRole endless = open(sales, "2028-01-01", PROJECT_MANAGER, null, "endless");
        OpenRole ending = new OpenRole(new Project("PRJ-SA2", "Shop", "Sales", Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2028, 12, 31))),
                PROJECT_MANAGER, null, LocalDate.of(2028, 1, 1), null, null, "ending", MANAGER);
        OpenRole longer = open(new Project("PRJ-SA3", "Shop", "Sales", Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2031, 12, 31))),
                "2028-01-01", PROJECT_MANAGER, null, "longer");

        List<ReturnMatch> ranked = ReturnMatch.rank(ADA, List.of(ending, longer, endless));

        assertEquals(List.of("endless", "longer", "ending"), order(ranked));
        assertEquals(366, ranked.get(2).projectDays().orElseThrow(), "2028 is a leap year");
        assertTrue(ranked.get(0).reason().contains("no end date"), ranked.get(0).reason());
    }

    @Test
    void rolesBelowTheirLevelTooFarAboveItEndingBeforeTheReturnOrNoLongerOpenAreNeverOffered() {
        OpenRole below = open(finance, "2028-01-01", PROJECT_COORDINATOR, PROJECT_COORDINATOR, "below");
        OpenRole twoUp = open(finance, "2028-01-01", PROGRAM_MANAGER, null, "two up");
        OpenRole projectEnds = open(shortOne, "2027-01-01", PROJECT_MANAGER, null, "project ends");
        OpenRole roleEnds = new OpenRole(finance, PROJECT_MANAGER, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, "role ends", MANAGER);
        OpenRole withdrawn = open(finance, "2028-01-01", PROJECT_MANAGER, null, "withdrawn");
        withdrawn.withdraw(MANAGER.because("Not needed"));

        assertEquals(List.of(), ReturnMatch.rank(ADA, List.of(below, twoUp, projectEnds, roleEnds, withdrawn)));
        assertTrue(ReturnMatch.whyNot(ADA, below).orElseThrow().contains("asks for project coordinator"));
        assertTrue(ReturnMatch.whyNot(ADA, projectEnds).orElseThrow().contains("ends on 2027-11-30, before Ada Lovelace returns on 2028-01-01"));
        assertTrue(ReturnMatch.whyNot(ADA, withdrawn).orElseThrow().contains("withdrawn"));
    }

    @Test
    void atTheTopOfTheLadderOnlyTheirOwnLevelFits() {
        ReturnMatch.Returning top = new ReturnMatch.Returning(8, LAST_DAY, PORTFOLIO_MANAGER, "Finance", "Max Top");
        OpenRole any = open(finance, "2028-01-01", PROJECT_MANAGER, null, "any");

        ReturnMatch match = ReturnMatch.of(top, any).orElseThrow();

        assertFalse(match.promotion());
        assertEquals(PORTFOLIO_MANAGER, match.level());
    }
}
