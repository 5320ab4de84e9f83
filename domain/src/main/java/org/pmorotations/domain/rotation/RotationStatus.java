package org.pmorotations.domain.rotation;

import java.util.Collections;
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

    /**
     * Keeps its seat from anyone else: every rotation but a cancelled one, a proposal included.
     * The SEATS rule, the board's free stretches, the bench and the candidates' last rotation
     * count these.
     */
    public static final Set<RotationStatus> RESERVING_A_SEAT = Collections.unmodifiableSet(
            EnumSet.of(PROPOSED, APPROVED, ACTIVE, COMPLETED, CURTAILED));

    /**
     * Counts as a filled seat in the figures: approved, under way or past. A proposal reserves its
     * seat ({@link #RESERVING_A_SEAT}) but does not fill it yet.
     */
    public static final Set<RotationStatus> FILLING_A_SEAT = Collections.unmodifiableSet(EnumSet.of(APPROVED, ACTIVE, COMPLETED, CURTAILED));

    /** Has started: the person is or was in the PMO. */
    public static final Set<RotationStatus> STARTED = Collections.unmodifiableSet(EnumSet.of(ACTIVE, COMPLETED, CURTAILED));

    /** Over: completed, or ended early. */
    public static final Set<RotationStatus> ENDED = Collections.unmodifiableSet(EnumSet.of(COMPLETED, CURTAILED));

    /** Not started yet: proposed or approved. */
    public static final Set<RotationStatus> PLANNED = Collections.unmodifiableSet(EnumSet.of(PROPOSED, APPROVED));

    /** Needs its return placement (RETURN_PLAN): approved, under way or ended early, and not yet completed. */
    public static final Set<RotationStatus> AWAITING_RETURN = Collections.unmodifiableSet(EnumSet.of(APPROVED, ACTIVE, CURTAILED));

    /** The state as a word of a sentence, "proposed" or "curtailed", never its constant. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isPlanned() {
        return PLANNED.contains(this);
    }

    public boolean isEnded() {
        return ENDED.contains(this);
    }
}
