package org.pmorotations.domain.rotation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.pmorotations.domain.rotation.RotationStatus.ACTIVE;
import static org.pmorotations.domain.rotation.RotationStatus.APPROVED;
import static org.pmorotations.domain.rotation.RotationStatus.CURTAILED;
import static org.pmorotations.domain.rotation.RotationStatus.PROPOSED;

/**
 * What can be done to a stored rotation, and in which states: the one statement of the lifecycle
 * that the rotation enforces ({@link Rotation#require}), the pages and the board ask
 * ({@link Rotation#allows}) and the commands name ({@link RotationCommand.OnRotation#kind}).
 */
public enum RotationAction {

    APPROVE("ROTATION_APPROVED", "be approved", EnumSet.of(PROPOSED), ""),
    RESCHEDULE("ROTATION_RESCHEDULED", "be rescheduled", EnumSet.of(PROPOSED, APPROVED),
            " An active rotation is extended or curtailed instead."),
    EXTEND("ROTATION_EXTENDED", "be extended", EnumSet.of(PROPOSED, APPROVED, ACTIVE), ""),
    CURTAIL("ROTATION_CURTAILED", "be curtailed", EnumSet.of(ACTIVE), ""),
    CANCEL("ROTATION_CANCELLED", "be cancelled", EnumSet.of(PROPOSED, APPROVED), ""),
    RESERVE_RETURN("RETURN_RESERVED", "get a return placement", EnumSet.of(PROPOSED, APPROVED, ACTIVE, CURTAILED), ""),
    CONFIRM_RETURN("RETURN_CONFIRMED", "have its return confirmed", EnumSet.of(ACTIVE, CURTAILED), ""),
    COMPLETE("ROTATION_COMPLETED", "be completed", EnumSet.of(ACTIVE), ""),
    EDIT_PROPOSAL("PROPOSAL_EDITED", "be edited", EnumSet.of(PROPOSED),
            " An approved rotation is moved to other dates, or cancelled and proposed again for another seat."),
    ADD_NOTE("ROTATION_NOTE_ADDED", "take a note", EnumSet.allOf(RotationStatus.class), "");

    private final String audit;
    private final String phrase;
    private final Set<RotationStatus> from;
    private final String instead;

    RotationAction(String audit, String phrase, Set<RotationStatus> from, String instead) {
        this.audit = audit;
        this.phrase = phrase;
        this.from = from;
        this.instead = instead;
    }

    /** The action the audit log records, such as {@code ROTATION_APPROVED}. */
    public String audit() {
        return audit;
    }

    /** Whether a rotation in {@code status} may take this action, as far as its state goes. */
    public boolean allowedIn(RotationStatus status) {
        return from.contains(status);
    }

    /** Why a rotation in {@code status} may not: the states that may, and what to do instead where there is something. */
    String refusal(RotationStatus status) {
        return refusal(status, phrase, from) + instead;
    }

    /** "This rotation is cancelled and cannot be approved; only a proposed rotation can." */
    static String refusal(RotationStatus status, String phrase, Set<RotationStatus> from) {
        String states = from.stream().sorted().map(RotationStatus::words).collect(Collectors.joining(" or "));
        return "This rotation is " + status.words() + " and cannot " + phrase + "; only a " + states + " rotation can.";
    }
}
