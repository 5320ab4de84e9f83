package org.pmorotations.domain.rotation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One staff member in one PMO seat, in one PMO role, for a planned period: the aggregate root of
 * the rotation component.
 *
 * <p>Keeps, by itself:
 * <ul>
 *   <li>the state machine: PROPOSED -> APPROVED -> ACTIVE -> COMPLETED; PROPOSED or APPROVED may be
 *       CANCELLED; ACTIVE may be CURTAILED; no other move;</li>
 *   <li>a history entry for every change of state or dates (who, when, from, to, why);</li>
 *   <li>at least one objective; a reason to cancel or curtail; an extension moves the end later;
 *       a curtailment ends it within its period; only a planned (PROPOSED or APPROVED) rotation
 *       is rescheduled to another period;</li>
 *   <li>RETURN_PLAN, in part: a rotation cannot complete without a return placement, which starts
 *       after the rotation has started.</li>
 * </ul>
 * The rules that need other rotations, the PMO's seats or policy settings (DURATION, OVERLAP,
 * SEATS, ELIGIBILITY, TENURE, COOL_OFF, PMO_OPEN, ACTIVE_STAFF, START_DATE) are checked by the
 * scheduling service before it calls these methods.
 */
@Entity
@Table(name = "rotation")
@NamedQueries({
        @NamedQuery(name = Rotation.FIND_BY_STAFF,
                query = "select r from Rotation r where r.staff = :staff order by r.planned.startDate")
})
public class Rotation extends BaseEntity {

    public static final String FIND_BY_STAFF = "Rotation.findByStaff";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false)
    private Staff staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pmo_id", nullable = false)
    private Pmo pmo;

    @Enumerated(EnumType.STRING)
    @Column(name = "pmo_role", nullable = false, length = 20)
    private PmoRole role;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "startDate", column = @Column(name = "start_date", nullable = false)),
            @AttributeOverride(name = "endDate", column = @Column(name = "planned_end", nullable = false))
    })
    private Period planned;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RotationStatus status;

    @Column(name = "overdue", nullable = false)
    private boolean overdue;

    @ElementCollection
    @CollectionTable(name = "rotation_objective", joinColumns = @JoinColumn(name = "rotation_id"))
    @OrderBy("objective")
    private List<ObjectiveEvaluation> objectives = new ArrayList<>();

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "return_placement_id")
    private ReturnPlacement returnPlacement;

    @OneToMany(mappedBy = "rotation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<RotationEvent> history = new ArrayList<>();

    protected Rotation() {
        // for JPA
    }

    /** Proposes a rotation: the first state, and the first history entry. */
    public Rotation(Staff staff, Pmo pmo, PmoRole role, Period planned, Collection<Objective> objectives, Change change) {
        this.staff = Objects.requireNonNull(staff, "A rotation needs a staff member");
        this.pmo = Objects.requireNonNull(pmo, "A rotation needs a PMO");
        this.role = Objects.requireNonNull(role, "A rotation needs a PMO role");
        Objects.requireNonNull(planned, "A rotation needs a planned period");
        if (planned.isOpenEnded()) {
            throw new InvalidValueException("end", "A rotation needs a planned end date.");
        }
        this.planned = planned;
        if (objectives == null || objectives.isEmpty()) {
            throw new InvalidValueException("objectives", "Choose at least one development objective.");
        }
        EnumSet.copyOf(objectives).forEach(objective -> this.objectives.add(new ObjectiveEvaluation(objective)));
        this.status = RotationStatus.PROPOSED;
        record(RotationEventKind.PROPOSED, change, null, plannedEnd());
    }

    public void approve(Change change) {
        require(RotationAction.APPROVE);
        move(RotationEventKind.APPROVED, RotationStatus.APPROVED, change);
    }

    /** The planned start has come: the person is now in the PMO. */
    public void activate(Change change) {
        requireStatus("start", EnumSet.of(RotationStatus.APPROVED));
        move(RotationEventKind.ACTIVATED, RotationStatus.ACTIVE, change);
    }

    public void cancel(Change change) {
        require(RotationAction.CANCEL);
        change.requireReason("cancel a rotation");
        move(RotationEventKind.CANCELLED, RotationStatus.CANCELLED, change);
    }

    /** Moves the planned end later; the maximum length is policy and checked by the scheduling service. */
    public void extendTo(LocalDate newEnd, Change change) {
        require(RotationAction.EXTEND);
        Objects.requireNonNull(newEnd, "An extension needs the new end date");
        LocalDate oldEnd = plannedEnd();
        if (!newEnd.isAfter(oldEnd)) {
            throw new InvalidValueException("end", "An extension must move the end after " + oldEnd + "; " + newEnd + " does not.");
        }
        this.planned = planned.withEnd(newEnd);
        this.overdue = false;
        record(RotationEventKind.EXTENDED, change, oldEnd, newEnd);
    }

    /**
     * Moves a planned rotation (PROPOSED or APPROVED) to another period, start and end both free:
     * the board's drag of a bar. The rules against other rotations and the policy are the
     * scheduling service's to check first. The history entry keeps both ends of the old and the
     * new period: the end dates in its own columns, the whole periods in its reason, followed by
     * the reason given, if any. Moving to the same period is refused, so no empty entry is written.
     */
    public void reschedule(Period newPeriod, Change change) {
        require(RotationAction.RESCHEDULE);
        Objects.requireNonNull(newPeriod, "A new schedule needs its period");
        Objects.requireNonNull(change, "A change needs who and when");
        if (newPeriod.isOpenEnded()) {
            throw new InvalidValueException("end", "A rotation needs a planned end date.");
        }
        if (newPeriod.equals(planned)) {
            throw new InvalidValueException("period", "The rotation already runs from " + planned.start() + " to "
                    + plannedEnd() + "; nothing to move.");
        }
        Period old = planned;
        String moved = "Rescheduled from " + old.start() + " to " + old.end().orElseThrow()
                + "; now from " + newPeriod.start() + " to " + newPeriod.end().orElseThrow() + ".";
        this.planned = newPeriod;
        record(RotationEventKind.RESCHEDULED, change.because(change.reason() == null ? moved : moved + " " + change.reason()),
                old.end().orElseThrow(), plannedEnd());
    }

    /**
     * Changes a proposal before it is approved: its seat (PMO and role), its period and its
     * objectives, any of them, instead of cancelling it and proposing it again. The person stays.
     * The rules for the new seat and period are the scheduling service's to check first. The
     * history entry says, in words, each thing that changed and what it was before, followed by
     * the reason given, if any; an edit that changes nothing is refused, so no empty entry is
     * written. Objectives kept keep their entry; those taken out are dropped (a proposal has no
     * ratings yet).
     */
    public void editProposal(Pmo newPmo, PmoRole newRole, Period newPeriod, Collection<Objective> newObjectives, Change change) {
        require(RotationAction.EDIT_PROPOSAL);
        Objects.requireNonNull(newPmo, "An edited proposal needs its PMO");
        Objects.requireNonNull(newRole, "An edited proposal needs its PMO role");
        Objects.requireNonNull(newPeriod, "An edited proposal needs its period");
        Objects.requireNonNull(change, "A change needs who and when");
        if (newPeriod.isOpenEnded()) {
            throw new InvalidValueException("end", "A rotation needs a planned end date.");
        }
        if (newObjectives == null || newObjectives.isEmpty()) {
            throw new InvalidValueException("objectives", "Choose at least one development objective.");
        }
        Set<Objective> wanted = EnumSet.copyOf(newObjectives);
        Set<Objective> had = chosenObjectives();
        List<String> changed = new ArrayList<>();
        if (!newPmo.equals(pmo) || newRole != role) {
            changed.add("Seat: " + pmo.getCode() + " as " + words(role) + ", now " + newPmo.getCode() + " as " + words(newRole) + ".");
        }
        if (!newPeriod.equals(planned)) {
            changed.add("Dates: " + planned.start() + " to " + plannedEnd() + ", now " + newPeriod.start() + " to "
                    + newPeriod.end().orElseThrow() + ".");
        }
        if (!wanted.equals(had)) {
            changed.add("Objectives: " + words(had) + ", now " + words(wanted) + ".");
        }
        if (changed.isEmpty()) {
            throw new InvalidValueException("proposal", "The proposal already has this seat, these dates and these objectives; nothing to change.");
        }
        LocalDate oldEnd = plannedEnd();
        this.pmo = newPmo;
        this.role = newRole;
        this.planned = newPeriod;
        objectives.removeIf(chosen -> !wanted.contains(chosen.getObjective()));
        wanted.stream().filter(objective -> !had.contains(objective))
                .forEach(objective -> objectives.add(new ObjectiveEvaluation(objective)));
        objectives.sort(Comparator.comparing(ObjectiveEvaluation::getObjective));
        String what = String.join(" ", changed);
        record(RotationEventKind.PROPOSAL_EDITED, change.because(change.reason() == null ? what : what + " " + change.reason()),
                oldEnd, plannedEnd());
    }

    /**
     * A note on the rotation, in any state: the reason of the change is the note, kept in the
     * history with who wrote it and when. Nothing else changes, so the rotation's version does
     * not, and nobody's open page of it goes stale.
     */
    public void note(Change change) {
        require(RotationAction.ADD_NOTE);
        Objects.requireNonNull(change, "A change needs who and when");
        if (change.reason() == null) {
            throw new InvalidValueException("text", "Write the note first: it is empty.");
        }
        record(RotationEventKind.NOTED, change, plannedEnd(), plannedEnd());
    }

    private Set<Objective> chosenObjectives() {
        Set<Objective> chosen = EnumSet.noneOf(Objective.class);
        objectives.forEach(objective -> chosen.add(objective.getObjective()));
        return chosen;
    }

    /** "PMO analyst", "PMO manager": a role in a sentence of the history. */
    private static String words(PmoRole role) {
        return "PMO " + role.name().substring("PMO_".length()).toLowerCase(Locale.ROOT);
    }

    /** "Program management, Process improvement": objectives in a sentence of the history. */
    private static String words(Set<Objective> chosen) {
        return chosen.stream().map(objective -> {
            String words = objective.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }).collect(Collectors.joining(", "));
    }

    /** Ends an active rotation early, on {@code lastDay}. It still needs its return placement. */
    public void curtail(LocalDate lastDay, Change change) {
        require(RotationAction.CURTAIL);
        change.requireReason("curtail a rotation");
        Objects.requireNonNull(lastDay, "A curtailment needs the last day");
        if (lastDay.isBefore(startDate()) || !lastDay.isBefore(plannedEnd())) {
            throw new InvalidValueException("endDate", "A curtailed rotation must end from " + startDate()
                    + " to the day before its planned end " + plannedEnd() + "; " + lastDay + " is outside.");
        }
        RotationStatus from = status;
        this.status = RotationStatus.CURTAILED;
        this.actualEnd = lastDay;
        this.overdue = false;
        record(RotationEventKind.CURTAILED, change, from, plannedEnd(), lastDay);
    }

    /**
     * Reserves (or re-reserves) the project role the person returns to. Not once it is confirmed,
     * nor for a cancelled or completed rotation.
     */
    public ReturnPlacement reserveReturn(Project project, CareerLevel level, LocalDate start, Change change) {
        require(RotationAction.RESERVE_RETURN);
        if (returnPlacement != null && returnPlacement.isConfirmed()) {
            throw new InvalidValueException("returnPlacement", "The return placement is already confirmed.");
        }
        Objects.requireNonNull(start, "A return placement needs a start date");
        if (!start.isAfter(startDate())) {
            throw new InvalidValueException("start", "The return must start after the rotation starts on " + startDate() + ".");
        }
        this.returnPlacement = new ReturnPlacement(project, level, start, change.at().toLocalDate());
        record(RotationEventKind.RETURN_RESERVED, change, plannedEnd(), plannedEnd());
        return returnPlacement;
    }

    /**
     * Reserves the return into one of the person's matches ({@link ReturnMatch}): on the open role's
     * project, at the level and from the day the match gives; confirmed, the return fills the role.
     */
    public ReturnPlacement reserveReturn(ReturnMatch match, Change change) {
        ReturnPlacement reserved = reserveReturn(match.role().getProject(), match.level(), match.start(), change);
        reserved.matched(match.role());
        return reserved;
    }

    /** The reserved return role has started: confirmed on or after its start date, once the rotation is under way. */
    public void confirmReturn(Change change) {
        require(RotationAction.CONFIRM_RETURN);
        if (returnPlacement == null) {
            throw new RulesBrokenException(Rule.RETURN_PLAN, "There is no reserved return placement to confirm.");
        }
        if (change.at().toLocalDate().isBefore(returnPlacement.getStartDate())) {
            throw new InvalidValueException("returnPlacement", "The return placement starts on "
                    + returnPlacement.getStartDate() + "; it can be confirmed from that day.");
        }
        if (!returnPlacement.isConfirmed()) {
            returnPlacement.confirm();
            record(RotationEventKind.RETURN_CONFIRMED, change, plannedEnd(), plannedEnd());
        }
    }

    /**
     * Completes an active rotation on its planned end, with an evaluation of each chosen
     * objective (objectives without one stay unrated).
     */
    public void complete(Map<Objective, Evaluation> evaluations, Change change) {
        require(RotationAction.COMPLETE);
        if (returnPlacement == null) {
            throw new RulesBrokenException(Rule.RETURN_PLAN, "A rotation cannot complete without a return placement.");
        }
        rate(evaluations);
        this.actualEnd = plannedEnd();
        this.overdue = false;
        move(RotationEventKind.COMPLETED, RotationStatus.COMPLETED, change);
    }

    /** Rates objectives of an ended rotation: a completed one, or a curtailed one. */
    public void evaluate(Map<Objective, Evaluation> evaluations) {
        requireStatus("be evaluated", EnumSet.of(RotationStatus.COMPLETED, RotationStatus.CURTAILED));
        rate(evaluations);
    }

    /** All or nothing: an objective that was not chosen rejects the whole set before any is rated. */
    private void rate(Map<Objective, Evaluation> evaluations) {
        if (evaluations == null) {
            return;
        }
        for (Objective objective : evaluations.keySet()) {
            if (objectives.stream().noneMatch(chosen -> chosen.getObjective() == objective)) {
                throw new InvalidValueException("evaluations", "Objective " + objective + " was not chosen for this rotation.");
            }
        }
        objectives.forEach(chosen -> {
            Evaluation evaluation = evaluations.get(chosen.getObjective());
            if (evaluation != null) {
                chosen.rate(evaluation.rating(), evaluation.note());
            }
        });
    }

    /** Marks an active rotation whose end has passed without completion; flagging twice records once. */
    public boolean flagOverdue(Change change) {
        requireStatus("be flagged as overdue", EnumSet.of(RotationStatus.ACTIVE));
        if (overdue) {
            return false;
        }
        this.overdue = true;
        record(RotationEventKind.FLAGGED_OVERDUE, change, plannedEnd(), plannedEnd());
        return true;
    }

    /**
     * Whether {@code action} may be taken now: the rotation's state allows it, and where the action
     * concerns the return, the return placement does (one to reserve is not confirmed yet; one to
     * confirm is reserved; a rotation completes with one). The pages and the board show an action
     * only when this is true; the rules and dates an action also needs are checked when it is taken.
     */
    public boolean allows(RotationAction action) {
        if (!action.allowedIn(status)) {
            return false;
        }
        return switch (action) {
            case RESERVE_RETURN -> returnPlacement == null || !returnPlacement.isConfirmed();
            case CONFIRM_RETURN -> returnPlacement != null && !returnPlacement.isConfirmed();
            case COMPLETE -> returnPlacement != null;
            default -> true;
        };
    }

    /** The actions {@link #allows} now. */
    public Set<RotationAction> allowedActions() {
        Set<RotationAction> allowed = EnumSet.noneOf(RotationAction.class);
        for (RotationAction action : RotationAction.values()) {
            if (allows(action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Refuses {@code action} when the rotation's state does not allow it ({@code status}, naming the states that do). */
    public void require(RotationAction action) {
        if (!action.allowedIn(status)) {
            throw new InvalidValueException("status", action.refusal(status));
        }
    }

    private void move(RotationEventKind kind, RotationStatus to, Change change) {
        RotationStatus from = status;
        this.status = to;
        record(kind, change, from, plannedEnd(), plannedEnd());
    }

    private void requireStatus(String action, Set<RotationStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new InvalidValueException("status", RotationAction.refusal(status, action, allowed));
        }
    }

    private void record(RotationEventKind kind, Change change, LocalDate fromEnd, LocalDate toEnd) {
        record(kind, change, status, fromEnd, toEnd);
    }

    private void record(RotationEventKind kind, Change change, RotationStatus from, LocalDate fromEnd, LocalDate toEnd) {
        Objects.requireNonNull(change, "A change needs who and when");
        RotationStatus fromStatus = kind == RotationEventKind.PROPOSED ? null : from;
        history.add(new RotationEvent(this, kind, change, fromStatus, status, fromEnd, toEnd));
    }

    public Staff getStaff() {
        return staff;
    }

    public Pmo getPmo() {
        return pmo;
    }

    public PmoRole getRole() {
        return role;
    }

    public Period getPlanned() {
        return planned;
    }

    public LocalDate startDate() {
        return planned.start();
    }

    public LocalDate plannedEnd() {
        return planned.end().orElseThrow();
    }

    /** The day the rotation ended (curtailed or completed), if it has. */
    public Optional<LocalDate> getActualEnd() {
        return Optional.ofNullable(actualEnd);
    }

    /** The end that counts: the actual one once ended, the planned one before. */
    public LocalDate effectiveEnd() {
        return actualEnd != null ? actualEnd : plannedEnd();
    }

    public long plannedMonths() {
        return planned.months();
    }

    public RotationStatus getStatus() {
        return status;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public List<ObjectiveEvaluation> getObjectives() {
        return Collections.unmodifiableList(objectives);
    }

    public Optional<ReturnPlacement> getReturnPlacement() {
        return Optional.ofNullable(returnPlacement);
    }

    public List<RotationEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
