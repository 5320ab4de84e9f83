package org.pmorotations.domain.rotation;

/** What a history entry of a rotation records. */
public enum RotationEventKind {
    PROPOSED,
    APPROVED,
    ACTIVATED,
    EXTENDED,
    RESCHEDULED,
    CURTAILED,
    CANCELLED,
    RETURN_RESERVED,
    RETURN_CONFIRMED,
    COMPLETED,
    FLAGGED_OVERDUE,
    /** A proposal's seat, dates or objectives changed before approval; the reason says what changed. */
    PROPOSAL_EDITED,
    /** A note written on the rotation; the reason is the note. Changes nothing else. */
    NOTED
}
