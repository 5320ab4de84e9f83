package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Violation;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** Scheduling refused: the rules it breaks, all of them. Rolls the transaction back. */
@ApplicationException(rollback = true)
public class RulesBrokenException extends RuntimeException {

    private final transient List<Violation> violations;

    public RulesBrokenException(List<Violation> violations) {
        super(violations.size() + " rule(s) broken: " + violations.stream().map(v -> v.rule().name()).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> getViolations() {
        return violations;
    }
}
