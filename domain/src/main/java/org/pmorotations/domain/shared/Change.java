package org.pmorotations.domain.shared;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who makes a change, when (UTC) and why: the facts every history entry keeps.
 */
public record Change(String actor, LocalDateTime at, String reason) {

    /** The longest reason kept, in characters: a longer one is refused, never cut. */
    public static final int REASON_MAX = 1000;

    public Change {
        Objects.requireNonNull(actor, "A change needs the person who makes it");
        Objects.requireNonNull(at, "A change needs the time it is made");
        reason = Text.optional(reason, "reason", "The reason", REASON_MAX);
    }

    public static Change by(String actor, LocalDateTime at) {
        return new Change(actor, at, null);
    }

    public Change because(String why) {
        return new Change(actor, at, why);
    }

    public String requireReason(String what) {
        if (reason == null) {
            throw new InvalidValueException("reason", "A reason is required to " + what + ".");
        }
        return reason;
    }
}
