package org.pmorotations.rotation;

import java.util.EnumSet;
import java.util.Set;

/**
 * PROPOSED -> APPROVED -> ACTIVE -> COMPLETED; PROPOSED or APPROVED may be CANCELLED; ACTIVE may
 * be CURTAILED (ended early).
 */
public enum RotationStatus {
    PROPOSED,
    APPROVED,
    ACTIVE,
    COMPLETED,
    CANCELLED,
    CURTAILED;

    /** States in which the rotation holds (or will hold) its seat. */
    public static final Set<RotationStatus> HOLDING_A_SEAT = EnumSet.of(PROPOSED, APPROVED, ACTIVE, COMPLETED, CURTAILED);

    public boolean isPlanned() {
        return this == PROPOSED || this == APPROVED;
    }

    public boolean isEnded() {
        return this == COMPLETED || this == CURTAILED;
    }
}
