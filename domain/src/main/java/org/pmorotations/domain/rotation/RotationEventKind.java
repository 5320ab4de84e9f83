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
    FLAGGED_OVERDUE
}
