package org.pmorotations.domain.rotation;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.pmo.Seats;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pmorotations.domain.rotation.Objective.LEADERSHIP_NETWORK;
import static org.pmorotations.domain.rotation.Objective.PROCESS_IMPROVEMENT;
import static org.pmorotations.domain.rotation.Objective.PROGRAM_MANAGEMENT;
import static org.pmorotations.domain.rotation.RotationEventKind.ACTIVATED;
import static org.pmorotations.domain.rotation.RotationEventKind.APPROVED;
import static org.pmorotations.domain.rotation.RotationEventKind.COMPLETED;
import static org.pmorotations.domain.rotation.RotationEventKind.EXTENDED;
import static org.pmorotations.domain.rotation.RotationEventKind.FLAGGED_OVERDUE;
import static org.pmorotations.domain.rotation.RotationEventKind.PROPOSED;
import static org.pmorotations.domain.rotation.RotationEventKind.RETURN_CONFIRMED;
import static org.pmorotations.domain.rotation.RotationEventKind.RETURN_RESERVED;

class RotationTest {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    /** 12 months from START, both ends inclusive. */
    private static final LocalDate END = LocalDate.of(2028, 2, 29);
    private static final LocalDateTime PROPOSED_AT = LocalDateTime.of(2027, 1, 10, 9, 0);

    private final Staff staff = new Staff(EmployeeNumber.of("E-101"), "Ada Lovelace", "ada@example.org",
            "Engineering", LocalDate.of(2020, 4, 1), CareerLevel.PROJECT_MANAGER);
    private final Pmo pmo = new Pmo("PMO-FIN", "Finance PMO", PmoTier.DEPARTMENT, Seats.of(3, 1),
            Period.from(LocalDate.of(2026, 1, 1)));
    private final Project returnProject = new Project("PRJ-ERP", "ERP roll-out", "Finance",
            Period.from(LocalDate.of(2026, 1, 1)));

    private int minutesAfterProposal;

    /** A change by the PMO manager, each one a minute later than the one before. */
    private Change change() {
        return Change.by("pmo.manager", PROPOSED_AT.plusMinutes(++minutesAfterProposal));
    }

    /** The day the reserved return role (see reserveReturn) starts. */
    private Change onReturnDay() {
        return Change.by("system", LocalDate.of(2028, 3, 1).atTime(6, 15));
    }

    private Change change(String reason) {
        return change().because(reason);
    }

    private Rotation proposed() {
        return new Rotation(staff, pmo, PmoRole.PMO_ANALYST, Period.of(START, END),
                List.of(PROGRAM_MANAGEMENT, PROCESS_IMPROVEMENT),
                Change.by("pmo.manager", PROPOSED_AT).because("Wants portfolio experience"));
    }

    private ReturnPlacement reserveReturn(Rotation rotation) {
        return rotation.reserveReturn(returnProject, CareerLevel.SENIOR_PROJECT_MANAGER, END.plusDays(1),
                change("Back to the ERP roll-out"));
    }

    /** A rotation brought to {@code status} along the only path the state machine allows. */
    private Rotation inStatus(RotationStatus status) {
        Rotation rotation = proposed();
        switch (status) {
            case PROPOSED -> { }
            case APPROVED -> rotation.approve(change());
            case ACTIVE -> {
                rotation.approve(change());
                rotation.activate(change());
            }
            case COMPLETED -> {
                rotation.approve(change());
                rotation.activate(change());
                reserveReturn(rotation);
                rotation.complete(Map.of(), change());
            }
            case CANCELLED -> rotation.cancel(change("Budget cut"));
            case CURTAILED -> {
                rotation.approve(change());
                rotation.activate(change());
                rotation.curtail(LocalDate.of(2027, 9, 30), change("Programme closed early"));
            }
        }
        assertEquals(status, rotation.getStatus());
        return rotation;
    }

    private static List<RotationEventKind> kinds(Rotation rotation) {
        return rotation.getHistory().stream().map(RotationEvent::getKind).toList();
    }

    private static RotationEvent last(Rotation rotation) {
        List<RotationEvent> history = rotation.getHistory();
        return history.get(history.size() - 1);
    }

    private static long count(Rotation rotation, RotationEventKind kind) {
        return rotation.getHistory().stream().filter(event -> event.getKind() == kind).count();
    }

    private static ObjectiveEvaluation objective(Rotation rotation, Objective objective) {
        return rotation.getObjectives().stream()
                .filter(chosen -> chosen.getObjective() == objective)
                .findFirst()
                .orElseThrow();
    }

    private static void assertEvent(RotationEvent event, RotationEventKind kind, RotationStatus from,
                                    RotationStatus to, LocalDate fromEnd, LocalDate toEnd) {
        assertAll(
                () -> assertEquals(kind, event.getKind(), "kind"),
                () -> assertEquals(from, event.getFromStatus(), "fromStatus"),
                () -> assertEquals(to, event.getToStatus(), "toStatus"),
                () -> assertEquals(fromEnd, event.getFromEnd(), "fromEnd"),
                () -> assertEquals(toEnd, event.getToEnd(), "toEnd"));
    }

    /** The action is refused with {@code rule} and leaves the rotation as it was. */
    private static void assertRejected(String rule, Rotation rotation, Executable action) {
        RotationStatus status = rotation.getStatus();
        List<RotationEvent> history = new ArrayList<>(rotation.getHistory());
        Period planned = rotation.getPlanned();
        Optional<LocalDate> actualEnd = rotation.getActualEnd();
        boolean overdue = rotation.isOverdue();
        Optional<ReturnPlacement> placement = rotation.getReturnPlacement();
        Optional<ReturnStatus> placementStatus = placement.map(ReturnPlacement::getStatus);

        Refusal e = assertThrows(Refusal.class, action);
        Refusal.Reason reason = e.reasons().get(0);

        assertAll(
                () -> assertEquals(1, e.reasons().size(), "reasons"),
                () -> assertEquals(rule, reason.subject(), "rule or field"),
                () -> assertEquals(Arrays.stream(Rule.values()).anyMatch(code -> code.name().equals(rule)), reason.isRule(), "a rule, not a field"),
                () -> assertEquals(status, rotation.getStatus(), "status"),
                () -> assertEquals(history, rotation.getHistory(), "history"),
                () -> assertEquals(planned, rotation.getPlanned(), "planned"),
                () -> assertEquals(actualEnd, rotation.getActualEnd(), "actual end"),
                () -> assertEquals(overdue, rotation.isOverdue(), "overdue"),
                () -> assertEquals(placement.orElse(null), rotation.getReturnPlacement().orElse(null), "placement"),
                () -> assertEquals(placementStatus, rotation.getReturnPlacement().map(ReturnPlacement::getStatus),
                        "placement status"));
    }

    @Nested
    class AllowedActions {

        private Set<RotationAction> actions(String names) {
            Set<RotationAction> set = EnumSet.noneOf(RotationAction.class);
            for (String name : names.split(" ")) {
                if (!name.isBlank()) {
                    set.add(RotationAction.valueOf(name));
                }
            }
            return set;
        }

        @ParameterizedTest(name = "{0}, return reserved {1}: {2}")
        @CsvSource(delimiter = '|', value = {
                "PROPOSED  | false | APPROVE RESCHEDULE EXTEND CANCEL RESERVE_RETURN EDIT_PROPOSAL ADD_NOTE",
                "PROPOSED  | true  | APPROVE RESCHEDULE EXTEND CANCEL RESERVE_RETURN EDIT_PROPOSAL ADD_NOTE",
                "APPROVED  | false | RESCHEDULE EXTEND CANCEL RESERVE_RETURN ADD_NOTE",
                "ACTIVE    | false | EXTEND CURTAIL RESERVE_RETURN ADD_NOTE",
                "ACTIVE    | true  | EXTEND CURTAIL RESERVE_RETURN CONFIRM_RETURN COMPLETE ADD_NOTE",
                "CURTAILED | false | RESERVE_RETURN ADD_NOTE",
                "CURTAILED | true  | RESERVE_RETURN CONFIRM_RETURN ADD_NOTE",
                "COMPLETED | true  | ADD_NOTE",
                "CANCELLED | false | ADD_NOTE"})
        void theRotationSaysWhatMayBeDoneInEachState(RotationStatus status, boolean reserved, String expected) {
            Rotation rotation = inStatus(status);
            if (reserved && rotation.getReturnPlacement().isEmpty()) {
                reserveReturn(rotation);
            }
            assertEquals(actions(expected), rotation.allowedActions());
        }

        @Test
        void aConfirmedReturnIsNeitherReservedAgainNorConfirmedAgain() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            reserveReturn(rotation);
            rotation.confirmReturn(onReturnDay());
            assertEquals(actions("EXTEND CURTAIL COMPLETE ADD_NOTE"), rotation.allowedActions());
        }

        /** What the rotation says may not be done by its state, it refuses with the same words whichever way it is asked. */
        @ParameterizedTest(name = "{0}")
        @EnumSource(RotationStatus.class)
        void anActionTheStateDoesNotAllowIsRefusedNamingTheStatesThatDo(RotationStatus status) {
            Rotation rotation = inStatus(status);
            for (RotationAction action : RotationAction.values()) {
                if (action.allowedIn(status)) {
                    assertDoesNotThrow(() -> rotation.require(action), action + " in " + status);
                } else {
                    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> rotation.require(action), action + " in " + status);
                    assertEquals("status", refused.getField());
                    assertTrue(refused.getMessage().startsWith("This rotation is " + status.words() + " and cannot "), refused.getMessage());
                }
            }
        }

        @Test
        void aCancelledRotationIsNotApprovedAndTheMessageSaysWhichStateWouldBe() {
            Rotation rotation = inStatus(RotationStatus.CANCELLED);
            assertRejected("status", rotation, () -> rotation.approve(change()));
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> rotation.require(RotationAction.APPROVE));
            assertEquals("This rotation is cancelled and cannot be approved; only a proposed rotation can.", refused.getMessage());
            assertEquals("This rotation is active and cannot be rescheduled; only a proposed or approved rotation can."
                            + " An active rotation is extended or curtailed instead.",
                    assertThrows(InvalidValueException.class, () -> inStatus(RotationStatus.ACTIVE).require(RotationAction.RESCHEDULE)).getMessage());
        }
    }

    @Nested
    class Proposal {

        @Test
        void startsProposedWithItsFields() {
            Rotation rotation = proposed();

            assertEquals(RotationStatus.PROPOSED, rotation.getStatus());
            assertSame(staff, rotation.getStaff());
            assertSame(pmo, rotation.getPmo());
            assertEquals(PmoRole.PMO_ANALYST, rotation.getRole());
            assertEquals(Period.of(START, END), rotation.getPlanned());
            assertEquals(START, rotation.startDate());
            assertEquals(END, rotation.plannedEnd());
            assertEquals(END, rotation.effectiveEnd());
            assertEquals(Optional.empty(), rotation.getActualEnd());
            assertEquals(12, rotation.plannedMonths());
            assertFalse(rotation.isOverdue());
            assertEquals(Optional.empty(), rotation.getReturnPlacement());
        }

        @Test
        void hasOneHistoryEntryProposedWithoutFromStatus() {
            Rotation rotation = proposed();

            assertEquals(1, rotation.getHistory().size());
            RotationEvent event = rotation.getHistory().get(0);
            assertEvent(event, PROPOSED, null, RotationStatus.PROPOSED, null, END);
            assertEquals("pmo.manager", event.getActor());
            assertEquals(PROPOSED_AT, event.getAt());
            assertEquals("Wants portfolio experience", event.getReason());
            assertSame(rotation, event.getRotation());
        }

        @Test
        void aProposalNeedsNoReason() {
            Rotation rotation = new Rotation(staff, pmo, PmoRole.PMO_MANAGER, Period.of(START, END),
                    List.of(LEADERSHIP_NETWORK), Change.by("pmo.manager", PROPOSED_AT));

            assertNull(rotation.getHistory().get(0).getReason());
            assertEquals(PmoRole.PMO_MANAGER, rotation.getRole());
        }

        @Test
        void chosenObjectivesStartUnrated() {
            Rotation rotation = proposed();

            assertEquals(List.of(PROGRAM_MANAGEMENT, PROCESS_IMPROVEMENT),
                    rotation.getObjectives().stream().map(ObjectiveEvaluation::getObjective).toList());
            rotation.getObjectives().forEach(chosen -> assertAll(
                    () -> assertFalse(chosen.isRated()),
                    () -> assertNull(chosen.getRating()),
                    () -> assertNull(chosen.getNote())));
        }

        @Test
        void duplicateObjectivesCollapseToOne() {
            Rotation rotation = new Rotation(staff, pmo, PmoRole.PMO_ANALYST, Period.of(START, END),
                    List.of(LEADERSHIP_NETWORK, PROGRAM_MANAGEMENT, LEADERSHIP_NETWORK, LEADERSHIP_NETWORK),
                    change());

            assertEquals(List.of(PROGRAM_MANAGEMENT, LEADERSHIP_NETWORK),
                    rotation.getObjectives().stream().map(ObjectiveEvaluation::getObjective).toList());
        }

        @ParameterizedTest
        @NullAndEmptySource
        void atLeastOneObjectiveIsRequired(List<Objective> objectives) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Rotation(staff, pmo,
                    PmoRole.PMO_ANALYST, Period.of(START, END), objectives, change()));
            assertEquals("objectives", e.getField());
        }

        @Test
        void anOpenEndedPeriodIsRejected() {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Rotation(staff, pmo,
                    PmoRole.PMO_ANALYST, Period.from(START), List.of(PROGRAM_MANAGEMENT), change()));
            assertEquals("end", e.getField());
        }

        @Test
        void requiredReferencesAreChecked() {
            Period planned = Period.of(START, END);
            List<Objective> objectives = List.of(PROGRAM_MANAGEMENT);
            assertAll(
                    () -> assertThrows(NullPointerException.class,
                            () -> new Rotation(null, pmo, PmoRole.PMO_ANALYST, planned, objectives, change())),
                    () -> assertThrows(NullPointerException.class,
                            () -> new Rotation(staff, null, PmoRole.PMO_ANALYST, planned, objectives, change())),
                    () -> assertThrows(NullPointerException.class,
                            () -> new Rotation(staff, pmo, null, planned, objectives, change())),
                    () -> assertThrows(NullPointerException.class,
                            () -> new Rotation(staff, pmo, PmoRole.PMO_ANALYST, null, objectives, change())),
                    () -> assertThrows(NullPointerException.class,
                            () -> new Rotation(staff, pmo, PmoRole.PMO_ANALYST, planned, objectives, null)));
        }

        @Test
        void historyAndObjectivesCannotBeChangedFromOutside() {
            Rotation rotation = proposed();

            assertThrows(UnsupportedOperationException.class, () -> rotation.getHistory().clear());
            assertThrows(UnsupportedOperationException.class, () -> rotation.getObjectives().clear());
        }
    }

    @Nested
    class ApprovalAndActivation {

        @Test
        void approveMovesProposedToApproved() {
            Rotation rotation = proposed();

            rotation.approve(change("Seat confirmed"));

            assertEquals(RotationStatus.APPROVED, rotation.getStatus());
            assertEquals(List.of(PROPOSED, APPROVED), kinds(rotation));
            assertEvent(last(rotation), APPROVED, RotationStatus.PROPOSED, RotationStatus.APPROVED, END, END);
            assertEquals("Seat confirmed", last(rotation).getReason());
        }

        @Test
        void activateMovesApprovedToActive() {
            Rotation rotation = inStatus(RotationStatus.APPROVED);

            rotation.activate(change());

            assertEquals(RotationStatus.ACTIVE, rotation.getStatus());
            assertEquals(List.of(PROPOSED, APPROVED, ACTIVATED), kinds(rotation));
            assertEvent(last(rotation), ACTIVATED, RotationStatus.APPROVED, RotationStatus.ACTIVE, END, END);
        }

        @Test
        void aProposedRotationCannotStartWithoutApproval() {
            Rotation rotation = proposed();

            assertRejected("status", rotation, () -> rotation.activate(change()));
        }

        @Test
        void approvingTwiceIsRejected() {
            Rotation rotation = inStatus(RotationStatus.APPROVED);

            assertRejected("status", rotation, () -> rotation.approve(change()));
        }

        @Test
        void aChangeIsRequired() {
            Rotation rotation = proposed();

            assertThrows(NullPointerException.class, () -> rotation.approve(null));
        }
    }

    @Nested
    class EditingAProposal {

        private final Pmo enterprise = new Pmo("EPMO", "Enterprise PMO", PmoTier.ENTERPRISE, Seats.of(2, 1),
                Period.from(LocalDate.of(2026, 1, 1)));

        @Test
        void aProposalTakesAnotherSeatPeriodAndObjectivesAndTheHistorySaysWhatItWas() {
            Rotation rotation = proposed();
            Period later = Period.ofMonths(START.plusMonths(1), 18);

            rotation.editProposal(enterprise, PmoRole.PMO_MANAGER, later, List.of(PROCESS_IMPROVEMENT, LEADERSHIP_NETWORK), change());

            assertSame(enterprise, rotation.getPmo());
            assertEquals(PmoRole.PMO_MANAGER, rotation.getRole());
            assertEquals(later, rotation.getPlanned());
            assertEquals(List.of(PROCESS_IMPROVEMENT, LEADERSHIP_NETWORK),
                    rotation.getObjectives().stream().map(ObjectiveEvaluation::getObjective).toList());
            assertEquals(RotationStatus.PROPOSED, rotation.getStatus(), "still a proposal, to be approved");
            RotationEvent edited = last(rotation);
            assertEquals(RotationEventKind.PROPOSAL_EDITED, edited.getKind());
            assertEquals("Seat: PMO-FIN as PMO analyst, now EPMO as PMO manager. Dates: 2027-03-01 to 2028-02-29, now 2027-04-01"
                    + " to 2028-09-30. Objectives: Program management, Process improvement, now Process improvement, Leadership network.",
                    edited.getReason());
            assertEquals(END, edited.getFromEnd());
            assertEquals(later.end().orElseThrow(), edited.getToEnd());
        }

        @Test
        void onlyWhatChangedIsSaid() {
            Rotation rotation = proposed();
            rotation.editProposal(pmo, PmoRole.PMO_ANALYST, rotation.getPlanned(), List.of(PROGRAM_MANAGEMENT), change());
            assertEquals("Objectives: Program management, Process improvement, now Program management.", last(rotation).getReason());
        }

        @Test
        void anEditThatChangesNothingIsRefusedAndWritesNothing() {
            Rotation rotation = proposed();
            assertRejected("proposal", rotation, () -> rotation.editProposal(pmo, PmoRole.PMO_ANALYST, rotation.getPlanned(),
                    List.of(PROCESS_IMPROVEMENT, PROGRAM_MANAGEMENT), change()));
        }

        @Test
        void anEditWithoutObjectivesIsRefused() {
            Rotation rotation = proposed();
            assertRejected("objectives", rotation, () -> rotation.editProposal(pmo, PmoRole.PMO_ANALYST, rotation.getPlanned(), List.of(), change()));
        }

        @Test
        void anApprovedRotationIsNotEditedButMoved() {
            Rotation rotation = inStatus(RotationStatus.APPROVED);
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> rotation.editProposal(enterprise,
                    PmoRole.PMO_ANALYST, rotation.getPlanned(), List.of(PROCESS_IMPROVEMENT), change()));
            assertEquals("This rotation is approved and cannot be edited; only a proposed rotation can. An approved rotation is moved"
                    + " to other dates, or cancelled and proposed again for another seat.", refused.getMessage());
            assertSame(pmo, rotation.getPmo());
        }
    }

    @Nested
    class Notes {

        @ParameterizedTest(name = "{0}")
        @EnumSource(RotationStatus.class)
        void aNoteIsKeptInTheHistoryInEveryStateAndChangesNothingElse(RotationStatus status) {
            Rotation rotation = inStatus(status);
            Period planned = rotation.getPlanned();
            int entries = rotation.getHistory().size();

            rotation.note(change("Asked to join the steering committee.\nFollow up in March."));

            assertEquals(entries + 1, rotation.getHistory().size());
            RotationEvent note = last(rotation);
            assertEquals(RotationEventKind.NOTED, note.getKind());
            assertEquals("pmo.manager", note.getActor());
            assertEquals("Asked to join the steering committee.\nFollow up in March.", note.getReason(), "line breaks kept");
            assertEquals(status, note.getToStatus());
            assertEquals(status, rotation.getStatus());
            assertEquals(planned, rotation.getPlanned());
        }

        @Test
        void anEmptyNoteIsRefused() {
            Rotation rotation = proposed();
            assertRejected("text", rotation, () -> rotation.note(change()));
            assertRejected("text", rotation, () -> rotation.note(change("   ")));
        }
    }

    @Nested
    class Cancellation {

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"PROPOSED", "APPROVED"})
        void aPlannedRotationCanBeCancelledWithAReason(RotationStatus status) {
            Rotation rotation = inStatus(status);
            int entries = rotation.getHistory().size();

            rotation.cancel(change("  Budget cut  "));

            assertEquals(RotationStatus.CANCELLED, rotation.getStatus());
            assertEquals(entries + 1, rotation.getHistory().size());
            assertEvent(last(rotation), RotationEventKind.CANCELLED, status, RotationStatus.CANCELLED, END, END);
            assertEquals("Budget cut", last(rotation).getReason());
            assertEquals(Optional.empty(), rotation.getActualEnd());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void aReasonIsRequired(String reason) {
            Rotation rotation = proposed();

            assertRejected("reason", rotation, () -> rotation.cancel(change(reason)));
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, mode = EnumSource.Mode.EXCLUDE, names = {"PROPOSED", "APPROVED"})
        void onlyAPlannedRotationCanBeCancelled(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation, () -> rotation.cancel(change("Changed our mind")));
        }
    }

    @Nested
    class Extension {

        private static final LocalDate LATER_END = LocalDate.of(2028, 8, 31);

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"PROPOSED", "APPROVED", "ACTIVE"})
        void movesThePlannedEndLaterAndRecordsBothEnds(RotationStatus status) {
            Rotation rotation = inStatus(status);

            rotation.extendTo(LATER_END, change("Programme extended"));

            assertEquals(status, rotation.getStatus());
            assertEquals(Period.of(START, LATER_END), rotation.getPlanned());
            assertEquals(LATER_END, rotation.plannedEnd());
            assertEquals(LATER_END, rotation.effectiveEnd());
            assertEquals(18, rotation.plannedMonths());
            assertEvent(last(rotation), EXTENDED, status, status, END, LATER_END);
            assertEquals("Programme extended", last(rotation).getReason());
        }

        @Test
        void oneDayLaterIsEnough() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            rotation.extendTo(END.plusDays(1), change());

            assertEquals(END.plusDays(1), rotation.plannedEnd());
        }

        @Test
        void successiveExtensionsChainTheirEnds() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            rotation.extendTo(LocalDate.of(2028, 5, 31), change());
            rotation.extendTo(LATER_END, change());

            List<RotationEvent> history = rotation.getHistory();
            assertEvent(history.get(history.size() - 2), EXTENDED, RotationStatus.ACTIVE, RotationStatus.ACTIVE,
                    END, LocalDate.of(2028, 5, 31));
            assertEvent(last(rotation), EXTENDED, RotationStatus.ACTIVE, RotationStatus.ACTIVE,
                    LocalDate.of(2028, 5, 31), LATER_END);
        }

        @ParameterizedTest(name = "new end {0}")
        @CsvSource({
                "2028-02-29",   // the same end
                "2028-02-28",   // a day earlier
                "2027-06-30",   // well inside the period
                "2027-02-28",   // before the start
        })
        void anEndThatIsNotLaterIsRejected(LocalDate newEnd) {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertRejected("end", rotation, () -> rotation.extendTo(newEnd, change()));
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"COMPLETED", "CANCELLED", "CURTAILED"})
        void anEndedOrCancelledRotationCannotBeExtended(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation, () -> rotation.extendTo(LATER_END, change()));
        }

        @Test
        void theNewEndIsRequired() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertThrows(NullPointerException.class, () -> rotation.extendTo(null, change()));
            assertEquals(END, rotation.plannedEnd());
        }
    }

    @Nested
    class Curtailment {

        @ParameterizedTest(name = "last day {0}")
        @CsvSource({
                "2027-03-01",   // the first day
                "2027-09-30",
                "2028-02-28",   // the day before the planned end
        })
        void endsAnActiveRotationEarly(LocalDate lastDay) {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            rotation.curtail(lastDay, change("Programme closed early"));

            assertEquals(RotationStatus.CURTAILED, rotation.getStatus());
            assertEquals(Optional.of(lastDay), rotation.getActualEnd());
            assertEquals(lastDay, rotation.effectiveEnd());
            assertEquals(END, rotation.plannedEnd());
            assertEquals(Period.of(START, END), rotation.getPlanned());
            assertEvent(last(rotation), RotationEventKind.CURTAILED, RotationStatus.ACTIVE, RotationStatus.CURTAILED,
                    END, lastDay);
            assertEquals("Programme closed early", last(rotation).getReason());
        }

        @ParameterizedTest(name = "last day {0}")
        @CsvSource({
                "2027-02-28",   // the day before the start
                "2028-02-29",   // the planned end itself: nothing is curtailed
                "2028-03-01",   // after the planned end
        })
        void theLastDayMustLieFromTheStartToTheDayBeforeThePlannedEnd(LocalDate lastDay) {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertRejected("endDate", rotation, () -> rotation.curtail(lastDay, change("Programme closed early")));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void aReasonIsRequired(String reason) {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertRejected("reason", rotation, () -> rotation.curtail(LocalDate.of(2027, 9, 30), change(reason)));
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "ACTIVE")
        void onlyAnActiveRotationCanBeCurtailed(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation,
                    () -> rotation.curtail(LocalDate.of(2027, 9, 30), change("Programme closed early")));
        }

        @Test
        void theLastDayIsRequired() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertThrows(NullPointerException.class, () -> rotation.curtail(null, change("Programme closed early")));
            assertEquals(RotationStatus.ACTIVE, rotation.getStatus());
        }

        @Test
        void aCurtailedRotationCanStillGetItsReturnPlacement() {
            Rotation rotation = inStatus(RotationStatus.CURTAILED);

            ReturnPlacement placement = reserveReturn(rotation);

            assertEquals(Optional.of(placement), rotation.getReturnPlacement());
            assertEvent(last(rotation), RETURN_RESERVED, RotationStatus.CURTAILED, RotationStatus.CURTAILED, END, END);
        }
    }

    @Nested
    class ReturnPlacements {

        @Test
        void reserveRecordsTheProjectLevelAndStart() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            Change change = Change.by("pmo.manager", LocalDateTime.of(2027, 11, 2, 14, 0)).because("ERP needs a lead");

            ReturnPlacement placement = rotation.reserveReturn(returnProject, CareerLevel.SENIOR_PROJECT_MANAGER,
                    END.plusDays(1), change);

            assertSame(returnProject, placement.getProject());
            assertEquals(CareerLevel.SENIOR_PROJECT_MANAGER, placement.getLevel());
            assertEquals(END.plusDays(1), placement.getStartDate());
            assertEquals(LocalDate.of(2027, 11, 2), placement.getReservedOn());
            assertEquals(ReturnStatus.RESERVED, placement.getStatus());
            assertFalse(placement.isConfirmed());
            assertSame(placement, rotation.getReturnPlacement().orElseThrow());
            assertEvent(last(rotation), RETURN_RESERVED, RotationStatus.ACTIVE, RotationStatus.ACTIVE, END, END);
            assertEquals("ERP needs a lead", last(rotation).getReason());
            assertEquals(LocalDateTime.of(2027, 11, 2, 14, 0), last(rotation).getAt());
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"PROPOSED", "APPROVED", "ACTIVE", "CURTAILED"})
        void aReturnCanBeReservedUntilTheRotationIsCompleted(RotationStatus status) {
            Rotation rotation = inStatus(status);

            reserveReturn(rotation);

            assertTrue(rotation.getReturnPlacement().isPresent());
            assertEquals(RETURN_RESERVED, last(rotation).getKind());
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"COMPLETED", "CANCELLED"})
        void noReturnCanBeReservedForACompletedOrCancelledRotation(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation, () -> reserveReturn(rotation));
        }

        @ParameterizedTest(name = "return start {0}")
        @CsvSource({
                "2027-03-01",   // the rotation's start
                "2027-02-28",   // before it
        })
        void theReturnMustStartAfterTheRotationStarts(LocalDate start) {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertRejected("start", rotation, () -> rotation.reserveReturn(returnProject,
                    CareerLevel.PROJECT_MANAGER, start, change()));
        }

        @Test
        void theDayAfterTheRotationStartsIsAccepted() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            ReturnPlacement placement = rotation.reserveReturn(returnProject, CareerLevel.PROJECT_MANAGER,
                    START.plusDays(1), change());

            assertEquals(START.plusDays(1), placement.getStartDate());
        }

        @Test
        void projectLevelAndStartAreRequired() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            int entries = rotation.getHistory().size();

            assertThrows(NullPointerException.class,
                    () -> rotation.reserveReturn(null, CareerLevel.PROJECT_MANAGER, END.plusDays(1), change()));
            assertThrows(NullPointerException.class,
                    () -> rotation.reserveReturn(returnProject, null, END.plusDays(1), change()));
            assertThrows(NullPointerException.class,
                    () -> rotation.reserveReturn(returnProject, CareerLevel.PROJECT_MANAGER, null, change()));
            assertEquals(Optional.empty(), rotation.getReturnPlacement());
            assertEquals(entries, rotation.getHistory().size());
        }

        @Test
        void reservingAgainBeforeConfirmationReplacesThePlacement() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            Project other = new Project("PRJ-CRM", "CRM", "Sales", Period.from(LocalDate.of(2026, 1, 1)));
            ReturnPlacement first = reserveReturn(rotation);

            ReturnPlacement second = rotation.reserveReturn(other, CareerLevel.PROJECT_MANAGER,
                    LocalDate.of(2028, 3, 15), change("ERP lead no longer needed"));

            assertSame(second, rotation.getReturnPlacement().orElseThrow());
            assertSame(other, second.getProject());
            assertEquals(CareerLevel.PROJECT_MANAGER, second.getLevel());
            assertEquals(LocalDate.of(2028, 3, 15), second.getStartDate());
            assertSame(returnProject, first.getProject());
            assertEquals(2, count(rotation, RETURN_RESERVED));
        }

        @Test
        void confirmMarksThePlacementConfirmed() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            ReturnPlacement placement = reserveReturn(rotation);

            rotation.confirmReturn(onReturnDay().because("Started on the ERP roll-out"));

            assertTrue(placement.isConfirmed());
            assertEquals(ReturnStatus.CONFIRMED, placement.getStatus());
            assertEvent(last(rotation), RETURN_CONFIRMED, RotationStatus.ACTIVE, RotationStatus.ACTIVE, END, END);
            assertEquals("Started on the ERP roll-out", last(rotation).getReason());
        }

        @Test
        void confirmingTwiceRecordsOneEvent() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            reserveReturn(rotation);
            rotation.confirmReturn(onReturnDay());
            int entries = rotation.getHistory().size();

            rotation.confirmReturn(onReturnDay());

            assertEquals(entries, rotation.getHistory().size());
            assertEquals(1, count(rotation, RETURN_CONFIRMED));
            assertTrue(rotation.getReturnPlacement().orElseThrow().isConfirmed());
        }

        @Test
        void confirmingWithoutAReservationIsRejected() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertRejected("RETURN_PLAN", rotation, () -> rotation.confirmReturn(onReturnDay()));
        }

        @Test
        void aReturnCannotBeConfirmedBeforeItStarts() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            reserveReturn(rotation);

            assertRejected("returnPlacement", rotation,
                    () -> rotation.confirmReturn(Change.by("system", LocalDate.of(2028, 2, 29).atTime(23, 59))));
            assertFalse(rotation.getReturnPlacement().orElseThrow().isConfirmed());
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"PROPOSED", "APPROVED"})
        void aReturnIsConfirmedOnlyOnceTheRotationIsUnderWay(RotationStatus status) {
            Rotation rotation = inStatus(status);
            reserveReturn(rotation);

            assertRejected("status", rotation, () -> rotation.confirmReturn(onReturnDay()));
        }

        @Test
        void aConfirmedPlacementCannotBeReservedAgain() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            ReturnPlacement confirmed = reserveReturn(rotation);
            rotation.confirmReturn(onReturnDay());

            assertRejected("returnPlacement", rotation, () -> reserveReturn(rotation));
            assertSame(confirmed, rotation.getReturnPlacement().orElseThrow());
        }
    }

    @Nested
    class Completion {

        @Test
        void completesAnActiveRotationOnItsPlannedEndWithEvaluations() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            reserveReturn(rotation);
            rotation.confirmReturn(onReturnDay());

            rotation.complete(Map.of(PROGRAM_MANAGEMENT, new Evaluation(ObjectiveRating.MET, "  Led the review  ")),
                    change("Planned end reached"));

            assertEquals(RotationStatus.COMPLETED, rotation.getStatus());
            assertEquals(Optional.of(END), rotation.getActualEnd());
            assertEquals(END, rotation.effectiveEnd());
            assertEvent(last(rotation), COMPLETED, RotationStatus.ACTIVE, RotationStatus.COMPLETED, END, END);
            assertEquals("Planned end reached", last(rotation).getReason());

            ObjectiveEvaluation rated = objective(rotation, PROGRAM_MANAGEMENT);
            assertTrue(rated.isRated());
            assertEquals(ObjectiveRating.MET, rated.getRating());
            assertEquals("Led the review", rated.getNote());

            ObjectiveEvaluation unrated = objective(rotation, PROCESS_IMPROVEMENT);
            assertFalse(unrated.isRated());
            assertNull(unrated.getNote());
        }

        @Test
        void aReservedButUnconfirmedReturnIsEnoughToComplete() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            reserveReturn(rotation);

            rotation.complete(Map.of(), change());

            assertEquals(RotationStatus.COMPLETED, rotation.getStatus());
        }

        @Test
        void noEvaluationsLeaveEveryObjectiveUnrated() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            reserveReturn(rotation);

            rotation.complete(null, change());

            assertEquals(RotationStatus.COMPLETED, rotation.getStatus());
            rotation.getObjectives().forEach(chosen -> assertFalse(chosen.isRated()));
        }

        @Test
        void completingAfterAnExtensionEndsOnTheExtendedEnd() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            rotation.extendTo(LocalDate.of(2028, 8, 31), change());
            reserveReturn(rotation);

            rotation.complete(Map.of(), change());

            assertEquals(Optional.of(LocalDate.of(2028, 8, 31)), rotation.getActualEnd());
        }

        @Test
        void completingWithoutAReturnPlacementIsRejected() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertRejected("RETURN_PLAN", rotation, () -> rotation.complete(
                    Map.of(PROGRAM_MANAGEMENT, new Evaluation(ObjectiveRating.MET, null)), change()));
            assertFalse(objective(rotation, PROGRAM_MANAGEMENT).isRated());
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "ACTIVE")
        void onlyAnActiveRotationCanComplete(RotationStatus status) {
            Rotation rotation = inStatus(status);
            if (rotation.getReturnPlacement().isEmpty() && status != RotationStatus.CANCELLED) {
                reserveReturn(rotation); // so that only the status can be the reason
            }

            assertRejected("status", rotation, () -> rotation.complete(Map.of(), change()));
        }

        @Test
        void evaluatingAnObjectiveThatWasNotChosenIsRejected() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            reserveReturn(rotation);

            assertRejected("evaluations", rotation, () -> rotation.complete(
                    Map.of(LEADERSHIP_NETWORK, new Evaluation(ObjectiveRating.MET, null)), change()));
        }
        @Test
        void aRejectedEvaluationRatesNothing() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            reserveReturn(rotation);
            Map<Objective, Evaluation> evaluations = new EnumMap<>(Objective.class);
            evaluations.put(PROGRAM_MANAGEMENT, new Evaluation(ObjectiveRating.MET, "fine"));  // chosen, iterated first
            evaluations.put(LEADERSHIP_NETWORK, new Evaluation(ObjectiveRating.MET, "fine"));  // not chosen

            assertThrows(InvalidValueException.class, () -> rotation.complete(evaluations, change()));

            assertFalse(objective(rotation, PROGRAM_MANAGEMENT).isRated());
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"PROPOSED", "APPROVED", "ACTIVE", "CANCELLED"})
        void onlyAnEndedRotationIsEvaluated(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation,
                    () -> rotation.evaluate(Map.of(PROGRAM_MANAGEMENT, new Evaluation(ObjectiveRating.MET, null))));
            assertFalse(objective(rotation, PROGRAM_MANAGEMENT).isRated());
        }

        @Test
        void aCurtailedRotationIsEvaluatedToo() {
            Rotation rotation = inStatus(RotationStatus.CURTAILED);

            rotation.evaluate(Map.of(PROCESS_IMPROVEMENT, new Evaluation(ObjectiveRating.PARTLY_MET, "  ")));

            ObjectiveEvaluation rated = objective(rotation, PROCESS_IMPROVEMENT);
            assertEquals(ObjectiveRating.PARTLY_MET, rated.getRating());
            assertNull(rated.getNote());
            assertFalse(objective(rotation, PROGRAM_MANAGEMENT).isRated());
            assertEquals(RotationStatus.CURTAILED, rotation.getStatus());
        }

        @Test
        void evaluateRejectsAnObjectiveThatWasNotChosen() {
            Rotation rotation = inStatus(RotationStatus.CURTAILED);

            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> rotation.evaluate(Map.of(LEADERSHIP_NETWORK, new Evaluation(ObjectiveRating.NOT_MET, null))));

            assertEquals("evaluations", e.getField());
        }

        @Test
        void aLaterEvaluationReplacesTheEarlierOne() {
            Rotation rotation = inStatus(RotationStatus.CURTAILED);

            rotation.evaluate(Map.of(PROGRAM_MANAGEMENT, new Evaluation(ObjectiveRating.NOT_MET, "first")));
            rotation.evaluate(Map.of(PROGRAM_MANAGEMENT, new Evaluation(ObjectiveRating.MET, "second")));

            assertEquals(ObjectiveRating.MET, objective(rotation, PROGRAM_MANAGEMENT).getRating());
            assertEquals("second", objective(rotation, PROGRAM_MANAGEMENT).getNote());
        }

        @Test
        void anEvaluationNeedsARating() {
            assertThrows(NullPointerException.class, () -> new Evaluation(null, "note"));
        }
    }

    @Nested
    class Overdue {

        @Test
        void flaggingAnActiveRotationRecordsOneEvent() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);

            assertTrue(rotation.flagOverdue(change("End passed without completion")));

            assertTrue(rotation.isOverdue());
            assertEvent(last(rotation), FLAGGED_OVERDUE, RotationStatus.ACTIVE, RotationStatus.ACTIVE, END, END);
            assertEquals("End passed without completion", last(rotation).getReason());
        }

        @Test
        void flaggingTwiceRecordsOnce() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            rotation.flagOverdue(change());
            int entries = rotation.getHistory().size();

            assertFalse(rotation.flagOverdue(change()));

            assertTrue(rotation.isOverdue());
            assertEquals(entries, rotation.getHistory().size());
            assertEquals(1, count(rotation, FLAGGED_OVERDUE));
        }

        @Test
        void anExtensionClearsTheFlagSoItCanBeRaisedAgain() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            rotation.flagOverdue(change());

            rotation.extendTo(LocalDate.of(2028, 5, 31), change());
            assertFalse(rotation.isOverdue());

            assertTrue(rotation.flagOverdue(change()));
            assertEquals(2, count(rotation, FLAGGED_OVERDUE));
        }

        @Test
        void curtailingClearsTheFlag() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            rotation.flagOverdue(change());

            rotation.curtail(LocalDate.of(2027, 9, 30), change("Programme closed early"));

            assertFalse(rotation.isOverdue());
        }

        @Test
        void completingClearsTheFlag() {
            Rotation rotation = inStatus(RotationStatus.ACTIVE);
            rotation.flagOverdue(change());
            reserveReturn(rotation);

            rotation.complete(Map.of(), change());

            assertFalse(rotation.isOverdue());
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "ACTIVE")
        void onlyAnActiveRotationCanBeOverdue(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation, () -> rotation.flagOverdue(change()));
        }
    }

    @Nested
    class StateMachine {

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "PROPOSED")
        void onlyAProposedRotationCanBeApproved(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation, () -> rotation.approve(change()));
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "APPROVED")
        void onlyAnApprovedRotationCanStart(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation, () -> rotation.activate(change()));
        }

        @Test
        void theHappyPathRecordsEveryStep() {
            Rotation rotation = inStatus(RotationStatus.COMPLETED);

            assertEquals(List.of(PROPOSED, APPROVED, ACTIVATED, RETURN_RESERVED, COMPLETED), kinds(rotation));
            assertEquals(List.of(RotationStatus.PROPOSED, RotationStatus.APPROVED, RotationStatus.ACTIVE,
                            RotationStatus.ACTIVE, RotationStatus.COMPLETED),
                    rotation.getHistory().stream().map(RotationEvent::getToStatus).toList());
        }
    }

    @Nested
    class History {

        @Test
        void everyEntryCarriesActorTimeAndReason() {
            LocalDateTime t = LocalDateTime.of(2027, 1, 10, 9, 0);
            Rotation rotation = new Rotation(staff, pmo, PmoRole.PMO_ANALYST, Period.of(START, END),
                    List.of(PROGRAM_MANAGEMENT), Change.by("planner", t).because("r0"));
            rotation.approve(Change.by("pmo.manager", t.plusDays(1)).because("r1"));
            rotation.activate(Change.by("system", t.plusDays(50)).because("r2"));
            rotation.extendTo(LocalDate.of(2028, 8, 31), Change.by("pmo.manager", t.plusDays(100)).because("r3"));
            rotation.reserveReturn(returnProject, CareerLevel.PROJECT_MANAGER, LocalDate.of(2028, 9, 1),
                    Change.by("hr.partner", t.plusDays(200)).because("r4"));
            rotation.flagOverdue(Change.by("system", t.plusDays(600)).because("r5"));
            rotation.confirmReturn(Change.by("hr.partner", t.plusDays(601)).because("r6"));
            rotation.complete(Map.of(), Change.by("pmo.manager", t.plusDays(602)).because("r7"));

            List<RotationEvent> history = rotation.getHistory();
            List<String> actors = List.of("planner", "pmo.manager", "system", "pmo.manager", "hr.partner", "system",
                    "hr.partner", "pmo.manager");
            List<LocalDateTime> times = List.of(t, t.plusDays(1), t.plusDays(50), t.plusDays(100), t.plusDays(200),
                    t.plusDays(600), t.plusDays(601), t.plusDays(602));
            assertEquals(8, history.size());
            for (int i = 0; i < history.size(); i++) {
                RotationEvent event = history.get(i);
                String expectedReason = "r" + i;
                int index = i;
                assertAll("entry " + i,
                        () -> assertEquals(actors.get(index), event.getActor()),
                        () -> assertEquals(times.get(index), event.getAt()),
                        () -> assertEquals(expectedReason, event.getReason()),
                        () -> assertNotNull(event.getKind()),
                        () -> assertNotNull(event.getToStatus()),
                        () -> assertNotNull(event.getToEnd()),
                        () -> assertSame(rotation, event.getRotation()));
            }
            assertEquals(List.of(PROPOSED, APPROVED, ACTIVATED, EXTENDED, RETURN_RESERVED, FLAGGED_OVERDUE,
                    RETURN_CONFIRMED, COMPLETED), kinds(rotation));
        }

        @Test
        void anOverlongActorIsCutToItsColumnLengthAndAReasonOfTheFullLengthIsKept() {
            String actor = "a".repeat(RotationEvent.ACTOR_MAX + 20);
            String reason = "r".repeat(RotationEvent.REASON_MAX);

            Rotation rotation = new Rotation(staff, pmo, PmoRole.PMO_ANALYST, Period.of(START, END),
                    List.of(PROGRAM_MANAGEMENT), Change.by(actor, PROPOSED_AT).because(reason));

            RotationEvent event = rotation.getHistory().get(0);
            assertEquals("a".repeat(RotationEvent.ACTOR_MAX), event.getActor());
            assertEquals(reason, event.getReason());
        }

        @Test
        void anOverlongReasonIsRefusedNamingTheReasonInsteadOfBeingCut() {
            Change change = Change.by("pmo.manager", PROPOSED_AT);
            InvalidValueException refused = assertThrows(InvalidValueException.class,
                    () -> change.because("r".repeat(RotationEvent.REASON_MAX + 1)));

            assertEquals("reason", refused.getField());
            assertEquals("The reason has 1001 characters; at most 1000 are allowed.", refused.getMessage());
        }
    }

    @Nested
    class Rescheduling {

        private static final LocalDate NEW_START = LocalDate.of(2027, 6, 1);
        private static final LocalDate NEW_END = LocalDate.of(2028, 11, 30);

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"PROPOSED", "APPROVED"})
        void movesStartAndEndAndKeepsTheState(RotationStatus status) {
            Rotation rotation = inStatus(status);

            rotation.reschedule(Period.of(NEW_START, NEW_END), change());

            assertEquals(status, rotation.getStatus());
            assertEquals(Period.of(NEW_START, NEW_END), rotation.getPlanned());
            assertEquals(NEW_START, rotation.startDate());
            assertEquals(NEW_END, rotation.effectiveEnd());
            assertEquals(18, rotation.plannedMonths());
        }

        @Test
        void historyRecordsWhoWhenAndBothPeriods() {
            Rotation rotation = inStatus(RotationStatus.APPROVED);
            Change change = Change.by("pmo.manager", LocalDateTime.of(2027, 2, 3, 10, 30));

            rotation.reschedule(Period.of(NEW_START, NEW_END), change);

            RotationEvent event = last(rotation);
            assertEvent(event, RotationEventKind.RESCHEDULED, RotationStatus.APPROVED, RotationStatus.APPROVED, END, NEW_END);
            assertEquals("pmo.manager", event.getActor());
            assertEquals(LocalDateTime.of(2027, 2, 3, 10, 30), event.getAt());
            assertEquals("Rescheduled from 2027-03-01 to 2028-02-29; now from 2027-06-01 to 2028-11-30.", event.getReason());
        }

        @Test
        void theReasonGivenFollowsTheMove() {
            Rotation rotation = inStatus(RotationStatus.PROPOSED);

            rotation.reschedule(Period.of(NEW_START, NEW_END), change("Project go-live moved"));

            assertEquals("Rescheduled from 2027-03-01 to 2028-02-29; now from 2027-06-01 to 2028-11-30. Project go-live moved",
                    last(rotation).getReason());
        }

        @Test
        void anEarlierStartAndAShorterPeriodAreAccepted() {
            Rotation rotation = inStatus(RotationStatus.PROPOSED);

            rotation.reschedule(Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), change());

            assertEquals(Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), rotation.getPlanned());
            assertEquals(2, rotation.getHistory().size());
        }

        @ParameterizedTest
        @EnumSource(value = RotationStatus.class, names = {"ACTIVE", "COMPLETED", "CANCELLED", "CURTAILED"})
        void onlyAPlannedRotationCanBeRescheduled(RotationStatus status) {
            Rotation rotation = inStatus(status);

            assertRejected("status", rotation, () -> rotation.reschedule(Period.of(NEW_START, NEW_END), change()));
        }

        @Test
        void theSamePeriodIsNoMove() {
            Rotation rotation = inStatus(RotationStatus.APPROVED);

            assertRejected("period", rotation, () -> rotation.reschedule(Period.of(START, END), change()));
        }

        @Test
        void anOpenEndIsRejected() {
            Rotation rotation = inStatus(RotationStatus.PROPOSED);

            assertRejected("end", rotation, () -> rotation.reschedule(Period.from(NEW_START), change()));
        }

        @Test
        void periodAndChangeAreRequired() {
            Rotation rotation = inStatus(RotationStatus.PROPOSED);

            assertThrows(NullPointerException.class, () -> rotation.reschedule(null, change()));
            assertThrows(NullPointerException.class, () -> rotation.reschedule(Period.of(NEW_START, NEW_END), null));
            assertEquals(Period.of(START, END), rotation.getPlanned());
            assertEquals(1, rotation.getHistory().size());
        }
    }
}
