package org.pmorotations.domain.rotation;

import org.pmorotations.domain.shared.Refusal;

import java.util.List;

/** A change to a rotation refused by the scheduling rules: every rule it breaks, each with its sentence. */
public class RulesBrokenException extends Refusal {

    private final transient List<Violation> violations;

    public RulesBrokenException(List<Violation> violations) {
        super(violations.size() == 1 ? violations.get(0).message()
                : "The rotation breaks " + violations.size() + " scheduling rules.");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A refusal by the rules names at least one broken rule.");
        }
        this.violations = List.copyOf(violations);
    }

    public RulesBrokenException(Rule rule, String message) {
        this(List.of(new Violation(rule, message)));
    }

    public List<Violation> getViolations() {
        return violations;
    }

    @Override
    public List<Reason> reasons() {
        return violations.stream().map(Violation::asReason).toList();
    }
}
