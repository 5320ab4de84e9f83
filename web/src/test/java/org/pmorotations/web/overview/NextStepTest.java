package org.pmorotations.web.overview;

import org.junit.jupiter.api.Test;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.pmo.Seats;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A staff member's next step, for each situation and the order in which they win. */
class NextStepTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 15);

    private final Staff staff = new Staff(EmployeeNumber.of("E-7"), "Grace Hopper", "grace@example.org", "Technology",
            LocalDate.of(2015, 1, 5), CareerLevel.PROJECT_MANAGER);
    private final Pmo pmo = new Pmo("TEC-PMO", "Technology PMO", PmoTier.DEPARTMENT, Seats.of(3, 1), Period.from(LocalDate.of(2020, 1, 1)));
    private final Project home = new Project("PRJ-1", "Cloud move", "Technology", Period.from(LocalDate.of(2020, 1, 1)));

    private static Change change() {
        return Change.by("pmo.manager", TODAY.minusYears(3).atStartOfDay());
    }

    private Rotation proposed(LocalDate start, LocalDate end) {
        return new Rotation(staff, pmo, PmoRole.PMO_ANALYST, Period.of(start, end), List.of(Objective.PROCESS_IMPROVEMENT), change());
    }

    private Rotation approved(LocalDate start, LocalDate end) {
        Rotation rotation = proposed(start, end);
        rotation.approve(change());
        return rotation;
    }

    private Rotation active(LocalDate start, LocalDate end) {
        Rotation rotation = approved(start, end);
        rotation.activate(change());
        return rotation;
    }

    @Test
    void inAPmoWithoutAReturnSaysHowManyDaysAreLeft() {
        NextStep step = NextStep.of(List.of(active(TODAY.minusMonths(6), TODAY.plusDays(45))), TODAY);
        assertEquals(NextStep.Kind.IN_PMO_NO_RETURN, step.kind());
        assertEquals(45, step.days());
        assertEquals("Technology PMO", step.pmo());
        assertEquals(PmoRole.PMO_ANALYST, step.role());
        assertEquals(TODAY.plusDays(45), step.end());
    }

    @Test
    void inAPmoWithAReturnNamesTheProjectAndItsFirstDay() {
        Rotation rotation = active(TODAY.minusMonths(6), TODAY.plusDays(45));
        rotation.reserveReturn(home, CareerLevel.PROJECT_MANAGER, TODAY.plusDays(46), change());
        NextStep step = NextStep.of(List.of(rotation), TODAY);
        assertEquals(NextStep.Kind.IN_PMO_RETURN_RESERVED, step.kind());
        assertEquals("Cloud move", step.returnProject());
        assertEquals(TODAY.plusDays(46), step.returnStart());
    }

    @Test
    void aRotationAboutToStartCountsTheDaysToItsStartAndTheEarliestWins() {
        NextStep step = NextStep.of(List.of(approved(TODAY.plusYears(2), TODAY.plusYears(3)), approved(TODAY.plusDays(10), TODAY.plusYears(1))), TODAY);
        assertEquals(NextStep.Kind.STARTS, step.kind());
        assertEquals(10, step.days());
        assertEquals(TODAY.plusDays(10), step.start());
    }

    @Test
    void beingInAPmoWinsOverWhatComesNextAndAnApprovalOverAProposal() {
        Rotation now = active(TODAY.minusMonths(6), TODAY.plusMonths(6));
        Rotation next = approved(TODAY.plusYears(3), TODAY.plusYears(4));
        Rotation proposal = proposed(TODAY.plusYears(2), TODAY.plusYears(3));
        assertEquals(NextStep.Kind.IN_PMO_NO_RETURN, NextStep.of(List.of(proposal, next, now), TODAY).kind());
        assertEquals(NextStep.Kind.STARTS, NextStep.of(List.of(proposal, next), TODAY).kind());
        assertEquals(NextStep.Kind.PROPOSED, NextStep.of(List.of(proposal), TODAY).kind());
    }

    @Test
    void aCancelledRotationOrAProposalWhoseStartHasPassedIsNoStep() {
        Rotation cancelled = approved(TODAY.plusMonths(1), TODAY.plusMonths(13));
        cancelled.cancel(change().because("Budget"));
        Rotation stale = proposed(TODAY.minusMonths(1), TODAY.plusMonths(11));
        NextStep step = NextStep.of(List.of(cancelled, stale), TODAY);
        assertEquals(NextStep.Kind.NONE, step.kind());
        assertNull(step.rotationId());
    }

    @Test
    void afterTheLastRotationItNamesTheProjectReturnedTo() {
        Rotation first = active(TODAY.minusYears(5), TODAY.minusYears(4));
        first.reserveReturn(home, CareerLevel.PROJECT_MANAGER, TODAY.minusYears(4).plusDays(1), change());
        first.complete(Map.of(), change());
        Rotation curtailed = active(TODAY.minusYears(2), TODAY.minusYears(1));
        curtailed.curtail(TODAY.minusYears(1).minusMonths(3), change().because("Programme closed"));

        NextStep latest = NextStep.of(List.of(first, curtailed), TODAY);
        assertEquals(NextStep.Kind.BACK, latest.kind());
        assertEquals(TODAY.minusYears(1).minusMonths(3), latest.end(), "the last one, ended early");
        assertFalse(latest.isReturnKnown(), "curtailed before a return was reserved");
        assertEquals("next.BACK.unknown", latest.getTextKey());

        NextStep back = NextStep.of(List.of(first), TODAY);
        assertEquals("Cloud move", back.returnProject());
        assertEquals("next.BACK", back.getTextKey());
    }

    @Test
    void aRotationCurtailedToADayStillAheadIsStillWherePeopleAre() {
        Rotation rotation = active(TODAY.minusMonths(6), TODAY.plusMonths(6));
        rotation.curtail(TODAY.plusDays(20), change().because("Needed back"));
        NextStep step = NextStep.of(List.of(rotation), TODAY);
        assertEquals(NextStep.Kind.IN_PMO_NO_RETURN, step.kind());
        assertEquals(20, step.days());
    }
}
