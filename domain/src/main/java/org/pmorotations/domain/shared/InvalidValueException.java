package org.pmorotations.domain.shared;

import java.util.List;

/**
 * A field's value that cannot be taken: missing, too long, of an impossible shape, outside what
 * the thing allows now. {@code field} names the field as the API and the forms know it
 * ({@code start}, {@code projectCode}); the message is a sentence the user understands.
 */
public class InvalidValueException extends Refusal {

    private final String field;

    public InvalidValueException(String field, String message) {
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
