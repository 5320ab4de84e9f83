package org.pmorotations.domain.rotation;

import org.pmorotations.domain.shared.Refusal;

import java.util.Objects;

/** A broken scheduling rule: its code (DESIGN.md's table) and a sentence that names the facts. */
public record Violation(Rule rule, String message) {

    public Violation {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(message);
    }

    /** This violation as the reason of a refusal, named by its rule's code. */
    public Refusal.Reason asReason() {
        return Refusal.Reason.ofRule(rule.name(), message);
    }
}
