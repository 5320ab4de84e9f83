package org.pmorotations.domain.rotation;

import java.util.Objects;

/** A broken scheduling rule: its code (DESIGN.md's table) and a sentence that names the facts. */
public record Violation(Rule rule, String message) {

    public Violation {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(message);
    }
}
