package org.pmorotations.domain.shared;

import java.util.List;

/** A business key that exists already (a staff number, a project's or a PMO's code): nothing is written. */
public class DuplicateException extends Refusal {

    private final String field;

    public DuplicateException(String field, String message) {
        super(message);
        this.field = java.util.Objects.requireNonNull(field);
    }

    public String getField() {
        return field;
    }

    @Override
    public List<Reason> reasons() {
        return List.of(Reason.ofField(field, getMessage()));
    }
}
