package org.pmorotations.domain.rotation;

import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A change to a rotation as its author asked for it: the one thing the pages, the board and the
 * API hand to the rotation service, which applies every command the same way (row locks, the
 * version read, the rules where the period changes or a proposal is approved, the history and
 * the audit log). Each command refuses, when it is made, a value it cannot do without, naming
 * the field; what depends on the stored rotation is the service's to check.
 *
 * <p>The daily job's own changes (activation on the start day, the completion and confirmation
 * it finds due, the overdue flag) are not commands: nobody asks for them.
 */
public sealed interface RotationCommand {

    /** The action the audit log records for the command, such as {@code ROTATION_APPROVED}. */
    String action();

    /** A new rotation, proposed. */
    record Schedule(ScheduleRequest request) implements RotationCommand {

        public Schedule {
            if (request == null) {
                throw new InvalidValueException("body", "The request is empty.");
            }
        }

        @Override
        public String action() {
            return "ROTATION_PROPOSED";
        }
    }

    /**
     * A change to a stored rotation, made on the {@code version} its author read: a missing
     * version is refused before anything is read, a stale one changes nothing.
     */
    sealed interface OnRotation extends RotationCommand {

        long rotation();

        Long version();

        /** What the command does, which the rotation's state must allow. */
        RotationAction kind();

        /**
         * Whether the command is made on the version its author read. Every change of the rotation
         * is; a note, which changes nothing of it, is not, and may be written on any version.
         */
        default boolean needsVersion() {
            return true;
        }

        @Override
        default String action() {
            return kind().audit();
        }
    }

    /** A proposal approved, every rule checked again. */
    record Approve(long rotation, Long version) implements OnRotation {

        @Override
        public RotationAction kind() {
            return RotationAction.APPROVE;
        }
    }

    /** A planned (proposed or approved) rotation moved to the period from {@code start} to {@code end}, both inclusive. */
    record Reschedule(long rotation, Long version, LocalDate start, LocalDate end) implements OnRotation {

        public Reschedule {
            if (start == null || end == null) {
                throw new InvalidValueException(start == null ? "start" : "end", "A new schedule needs its start and end dates.");
            }
        }

        @Override
        public RotationAction kind() {
            return RotationAction.RESCHEDULE;
        }
    }

    /** The planned end moved {@code months} later, within the maximum length and the other rules. */
    record Extend(long rotation, Long version, Integer months) implements OnRotation {

        public Extend {
            if (months == null || months < 1) {
                throw new InvalidValueException("months", "An extension adds at least one month.");
            }
        }

        @Override
        public RotationAction kind() {
            return RotationAction.EXTEND;
        }
    }

    /** An active rotation ended early, on {@code lastDay}, for a {@code reason}. */
    record Curtail(long rotation, Long version, LocalDate lastDay, String reason) implements OnRotation {

        public Curtail {
            if (lastDay == null) {
                throw new InvalidValueException("endDate", "The last day of the curtailed rotation is required.");
            }
        }

        @Override
        public RotationAction kind() {
            return RotationAction.CURTAIL;
        }
    }

    /** A rotation that has not started called off, for a {@code reason}. */
    record Cancel(long rotation, Long version, String reason) implements OnRotation {

        @Override
        public RotationAction kind() {
            return RotationAction.CANCEL;
        }
    }

    /** The project role the person returns to, reserved: which project, at which level, from when. */
    record ReserveReturn(long rotation, Long version, String projectCode, CareerLevel level, LocalDate start) implements OnRotation {

        public ReserveReturn {
            if (projectCode == null || projectCode.isBlank()) {
                throw new InvalidValueException("projectCode", "Choose the project the person returns to.");
            }
            if (level == null) {
                throw new InvalidValueException("level", "The career level of the return role is required.");
            }
        }

        @Override
        public RotationAction kind() {
            return RotationAction.RESERVE_RETURN;
        }
    }

    /**
     * The return reserved from one of the person's matches: open role {@code openRole}, at the level
     * and from the day its match gives ({@link ReturnMatch}); confirmed, the return fills it.
     */
    record ReserveMatchedReturn(long rotation, Long version, long openRole) implements OnRotation {

        @Override
        public RotationAction kind() {
            return RotationAction.RESERVE_RETURN;
        }
    }

    /** The person has started in the reserved return role. */
    record ConfirmReturn(long rotation, Long version) implements OnRotation {

        @Override
        public RotationAction kind() {
            return RotationAction.CONFIRM_RETURN;
        }
    }

    /** An active rotation completed with the evaluation of its objectives. */
    record Complete(long rotation, Long version, Map<Objective, Evaluation> evaluations) implements OnRotation {

        public Complete {
            Map<Objective, Evaluation> copy = new EnumMap<>(Objective.class);
            if (evaluations != null) {
                copy.putAll(evaluations);
            }
            evaluations = Collections.unmodifiableMap(copy);
        }

        @Override
        public RotationAction kind() {
            return RotationAction.COMPLETE;
        }
    }

    /**
     * A proposal changed before approval: its seat ({@code pmoCode}, {@code role}), its period
     * (from {@code start}, {@code months} long) and its objectives, every rule checked again for
     * the new values. The person stays: another person is another proposal.
     */
    record EditProposal(long rotation, Long version, String pmoCode, PmoRole role, LocalDate start, Integer months,
                        Set<Objective> objectives) implements OnRotation {

        public EditProposal {
            if (pmoCode == null || pmoCode.isBlank()) {
                throw new InvalidValueException("pmoCode", "Choose the PMO.");
            }
            if (role == null) {
                throw new InvalidValueException("role", "The PMO role is required (PMO_ANALYST or PMO_MANAGER).");
            }
            if (start == null) {
                throw new InvalidValueException("start", "The start date is required.");
            }
            if (months == null || months < 1) {
                throw new InvalidValueException("months", "The number of months is required, at least one.");
            }
            if (objectives == null || objectives.isEmpty()) {
                throw new InvalidValueException("objectives", "Choose at least one development objective.");
            }
            objectives = Collections.unmodifiableSet(EnumSet.copyOf(objectives));
        }

        @Override
        public RotationAction kind() {
            return RotationAction.EDIT_PROPOSAL;
        }
    }

    /** A note on a rotation in any state, kept in its history with who wrote it and when. */
    record AddNote(long rotation, Long version, String text) implements OnRotation {

        public AddNote {
            if (text == null || text.isBlank()) {
                throw new InvalidValueException("text", "Write the note first: it is empty.");
            }
        }

        @Override
        public RotationAction kind() {
            return RotationAction.ADD_NOTE;
        }

        @Override
        public boolean needsVersion() {
            return false;
        }
    }
}
