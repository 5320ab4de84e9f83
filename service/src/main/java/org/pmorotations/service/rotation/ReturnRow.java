package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.ReturnMatch;
import org.pmorotations.domain.rotation.Rotation;

import java.util.Optional;

/**
 * One rotation of the returns page: ending within the policy's months, with where its person goes
 * back to: a return reserved, the best of its matches, or none.
 *
 * @param rotation the rotation, with its person, PMO and return placement
 * @param best     its best match, when no return is reserved and one exists
 * @param matches  how many matches it has
 * @param atRisk   no return reserved, and ending within the policy's at-risk days (or already past its end)
 */
public record ReturnRow(Rotation rotation, Optional<ReturnMatch> best, int matches, boolean atRisk) {

    /** Where the way back stands. */
    public enum State {
        /** A return is reserved. */
        RESERVED,
        /** No return reserved, and at least one open role fits. */
        MATCHED,
        /** No return reserved, and no open role fits. */
        NO_MATCH
    }

    public State state() {
        if (rotation.getReturnPlacement().isPresent()) {
            return State.RESERVED;
        }
        return best.isPresent() ? State.MATCHED : State.NO_MATCH;
    }
}
