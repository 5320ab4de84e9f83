package org.pmorotations.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule was broken. {@code rule} is a rule code of the design (e.g. {@code DURATION})
 * or, for an invariant of one entity, the name of the field it concerns; the message is a
 * sentence the user understands. Thrown from a service, it rolls the transaction back and reaches
 * the caller as it is, for the web layer to show next to the field or as a problem response.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String rule;

    public DomainException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String getRule() {
        return rule;
    }
}
