package org.pmorotations.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * The change collides with what is stored: a business key that exists already, or an edit made
 * on a version that someone else has changed since (409 in the API). Nothing is written.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
