package org.pmorotations.domain.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.shared.Text;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Project demand: a project's need for a person at a career level (a minimum, optionally a
 * maximum) for a period, in a department, with a short description. It is filled by a person
 * (the project role that fills it is then the person's primary assignment) or withdrawn, and every
 * step is kept in its history.
 *
 * <p>A <b>backfill</b> ({@link #backfill}) is the open role opened on a person's home project when
 * their rotation is approved: at the level of the role they leave, from the rotation's start to
 * that role's planned end, which is cut to the day before the rotation. It remembers the rotation
 * (by id: the rotation component knows projects, not the other way round), the role it cut and
 * that role's end before, so that a cancelled rotation gives the person their role back as it was
 * ({@link #restore}) and a rotation moved to another start moves the cut and the backfill with it
 * ({@link #move}).
 *
 * <p>Keeps: the period lies within the project's, and a role without an end runs until the
 * project ends ({@link #until()}); the maximum level, when there is one, is not below the minimum;
 * only an open role is changed, filled or withdrawn; a role is filled by a project role on its own
 * project, at a level it admits, starting within its period.
 */
@Entity
@Table(name = "open_role")
public class OpenRole extends BaseEntity {

    public static final int DEPARTMENT_MAX = Project.DEPARTMENT_MAX;
    public static final int DESCRIPTION_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_level", nullable = false, length = 30)
    private CareerLevel minLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "max_level", length = 30)
    private CareerLevel maxLevel;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "startDate", column = @Column(name = "start_date", nullable = false)),
            @AttributeOverride(name = "endDate", column = @Column(name = "end_date"))
    })
    private Period period;

    @Column(name = "department", nullable = false, length = DEPARTMENT_MAX)
    private String department;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OpenRoleStatus status;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "filled_by_role_id")
    private ProjectRole filledBy;

    @Column(name = "backfill_for_id")
    private Long backfillFor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "held_role_id")
    private ProjectRole held;

    @Column(name = "held_until")
    private LocalDate heldUntil;

    @OneToMany(mappedBy = "openRole", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<OpenRoleEvent> history = new ArrayList<>();

    protected OpenRole() {
        // for JPA
    }

    /**
     * An open role on {@code project}; {@code end} null for "until the project ends", {@code department}
     * null or blank for the project's own.
     */
    public OpenRole(Project project, CareerLevel minLevel, CareerLevel maxLevel, LocalDate start, LocalDate end,
                    String department, String description, Change change) {
        this.project = Objects.requireNonNull(project, "An open role needs a project");
        this.status = OpenRoleStatus.OPEN;
        set(minLevel, maxLevel, start, end, department, description);
        record(OpenRoleEventKind.OPENED, change, summary());
    }

    /**
     * The backfill for the person of {@code held} leaving for the rotation {@code rotationId} that
     * starts on {@code start}: their role ends the day before, and an open role at its level runs
     * from {@code start} to the role's planned end (or, without one, until the project ends). The
     * role must have begun before the rotation and run into it.
     */
    public static OpenRole backfill(ProjectRole held, long rotationId, LocalDate start, Change change) {
        Objects.requireNonNull(held, "A backfill replaces a project role");
        if (!held.getPeriod().start().isBefore(start) || !held.getPeriod().contains(start)) {
            throw new IllegalArgumentException("The role " + held.getPeriod() + " does not run into a rotation from " + start);
        }
        LocalDate was = held.getPeriod().end().orElse(null);
        Staff person = held.getStaff();
        OpenRole backfill = new OpenRole(held.getProject(), held.getLevel(), held.getLevel(), start, was, null,
                "Backfill for " + person.getFullName(), change);
        held.endOn(start.minusDays(1));
        backfill.backfillFor = rotationId;
        backfill.held = held;
        backfill.heldUntil = was;
        return backfill;
    }

    /**
     * The rotation it backfills was cancelled: the person's role runs as it did before, and the
     * backfill, while still open, is withdrawn with {@code change}'s reason. A backfill already
     * filled stays filled: the person who took the seat keeps it, and the person whose rotation
     * was cancelled has their own role back beside it.
     */
    public void restore(Change change) {
        requireBackfill();
        held.restoreEnd(heldUntil);
        if (status == OpenRoleStatus.OPEN) {
            this.status = OpenRoleStatus.WITHDRAWN;
            record(OpenRoleEventKind.WITHDRAWN, change, held.getStaff().getFullName() + " keeps their role: the rotation was cancelled");
        }
    }

    /**
     * The rotation it backfills now starts on {@code start}: the person's role ends the day before
     * and the backfill, while open, starts then. A start past the role's planned end leaves the
     * role as it was and withdraws the open backfill (nobody leaves it any more); a start before the
     * role began is refused, naming the field.
     */
    public void move(LocalDate start, Change change) {
        requireBackfill();
        if (!held.getPeriod().start().isBefore(start)) {
            throw new InvalidValueException("start", held.getStaff().getFullName() + " holds a role on project " + project.getCode()
                    + " from " + held.getPeriod().start() + ", which the rotation's backfill replaces; the rotation cannot start before "
                    + held.getPeriod().start().plusDays(1) + ".");
        }
        if (heldUntil != null && start.isAfter(heldUntil)) {
            restore(change.because("The rotation now starts after " + held.getStaff().getFullName() + "'s role ends"));
            return;
        }
        held.endOn(start.minusDays(1));
        if (status == OpenRoleStatus.OPEN && !start.equals(period.start())) {
            String before = summary();
            this.period = heldUntil == null ? Period.from(start) : Period.of(start, heldUntil);
            record(OpenRoleEventKind.MOVED, change, before + " -> " + summary());
        }
    }

    private void requireBackfill() {
        if (held == null) {
            throw new IllegalStateException("Open role " + getId() + " backfills no rotation");
        }
    }

    /** Changes what the role asks for; refused unless it is open, or when nothing would change. */
    public void change(CareerLevel minLevel, CareerLevel maxLevel, LocalDate start, LocalDate end,
                       String department, String description, Change change) {
        requireOpen("be changed");
        String before = summary();
        String describedBefore = this.description;
        set(minLevel, maxLevel, start, end, department, description);
        String after = summary();
        if (after.equals(before) && Objects.equals(describedBefore, this.description)) {
            throw new InvalidValueException("openRole", "The open role already asks for this; nothing to change.");
        }
        record(OpenRoleEventKind.CHANGED, change, before + " -> " + after);
    }

    /**
     * Filled by {@code role}, the project role just recorded for the person who takes it: on this
     * role's project, at a level it admits, starting within its period.
     */
    public void fill(ProjectRole role, Change change) {
        requireOpen("be filled");
        Objects.requireNonNull(role, "An open role is filled by a project role");
        if (!role.getProject().equals(project)) {
            throw new InvalidValueException("projectCode", "The role is on project " + role.getProject().getCode()
                    + ", and this open role is on " + project.getCode() + ".");
        }
        if (!admits(role.getLevel())) {
            throw new InvalidValueException("level", "This open role asks for " + levels() + "; "
                    + role.getLevel().words() + " does not fit.");
        }
        if (!until().contains(role.getPeriod().start())) {
            throw new InvalidValueException("start", "The person would start on " + role.getPeriod().start()
                    + ", outside the open role's " + until() + ".");
        }
        this.filledBy = role;
        this.status = OpenRoleStatus.FILLED;
        record(OpenRoleEventKind.FILLED, change, role.getStaff().getFullName() + " (" + role.getStaff().getEmployeeNumber()
                + ") from " + role.getPeriod().start());
    }

    /** No longer wanted: needs a reason. */
    public void withdraw(Change change) {
        requireOpen("be withdrawn");
        change.requireReason("withdraw an open role");
        this.status = OpenRoleStatus.WITHDRAWN;
        record(OpenRoleEventKind.WITHDRAWN, change, null);
    }

    /** Whether a person at {@code level} fits: from the minimum up to the maximum, when there is one. */
    public boolean admits(CareerLevel level) {
        return level != null && level.isAtLeast(minLevel) && (maxLevel == null || maxLevel.isAtLeast(level));
    }

    /** The period the role is wanted for: its own end, or else the project's (open-ended while the project is). */
    public Period until() {
        if (period.end().isPresent()) {
            return period;
        }
        return project.getPeriod().end().map(end -> Period.of(period.start(), end)).orElse(period);
    }

    /** "project manager" or "project manager to program manager": the levels it admits, in words. */
    public String levels() {
        if (maxLevel == null) {
            return minLevel.words() + " or above";
        }
        return maxLevel == minLevel ? minLevel.words() : minLevel.words() + " to " + maxLevel.words();
    }

    private void set(CareerLevel minLevel, CareerLevel maxLevel, LocalDate start, LocalDate end, String department, String description) {
        if (minLevel == null) {
            throw new InvalidValueException("minLevel", "The level wanted is required.");
        }
        if (maxLevel != null && minLevel.isAbove(maxLevel)) {
            throw new InvalidValueException("maxLevel", "The highest level (" + maxLevel.words() + ") is below the lowest ("
                    + minLevel.words() + ").");
        }
        if (start == null) {
            throw new InvalidValueException("start", "The start date is required.");
        }
        if (end != null && end.isBefore(start)) {
            throw new InvalidValueException("end", "The open role cannot end (" + end + ") before it starts (" + start + ").");
        }
        Period wanted = end == null ? Period.from(start) : Period.of(start, end);
        Period ofProject = project.getPeriod();
        if (!ofProject.contains(start)) {
            throw new InvalidValueException("start", "The open role starts " + start + ", outside project " + project.getCode()
                    + ", which runs " + ofProject + ".");
        }
        if (end != null && !ofProject.contains(end)) {
            throw new InvalidValueException("end", "The open role ends " + end + ", outside project " + project.getCode()
                    + ", which runs " + ofProject + ".");
        }
        String inDepartment = department == null || department.isBlank() ? project.getDepartment()
                : Text.required(department, "department", "The department", DEPARTMENT_MAX);
        this.minLevel = minLevel;
        this.maxLevel = maxLevel;
        this.period = wanted;
        this.department = inDepartment;
        this.description = Text.optional(description, "description", "The description", DESCRIPTION_MAX);
    }

    private String summary() {
        return levels() + ", " + period + ", " + department;
    }

    /** Refuses, naming its state, unless the role is open; {@code what} the change, "be filled". */
    public void requireOpen(String what) {
        if (status != OpenRoleStatus.OPEN) {
            throw new InvalidValueException("status", "This open role is " + status.words() + " and cannot " + what
                    + "; only an open one can.");
        }
    }

    private void record(OpenRoleEventKind kind, Change change, String detail) {
        history.add(new OpenRoleEvent(this, kind, Objects.requireNonNull(change, "A change needs who and when"), detail));
    }

    public Project getProject() {
        return project;
    }

    public CareerLevel getMinLevel() {
        return minLevel;
    }

    public Optional<CareerLevel> getMaxLevel() {
        return Optional.ofNullable(maxLevel);
    }

    public Period getPeriod() {
        return period;
    }

    public String getDepartment() {
        return department;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public OpenRoleStatus getStatus() {
        return status;
    }

    public Optional<ProjectRole> getFilledBy() {
        return Optional.ofNullable(filledBy);
    }

    /** The rotation it backfills, when it is a backfill. */
    public Optional<Long> getBackfillFor() {
        return Optional.ofNullable(backfillFor);
    }

    /** The project role it replaced, when it is a backfill. */
    public Optional<ProjectRole> getHeld() {
        return Optional.ofNullable(held);
    }

    /** The end the replaced role had before the backfill cut it: empty when it had none, or for no backfill. */
    public Optional<LocalDate> getHeldUntil() {
        return Optional.ofNullable(heldUntil);
    }

    public List<OpenRoleEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
