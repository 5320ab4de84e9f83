package org.pmorotations.domain.shared;

/**
 * A business key that exists already (a staff number, a project's or a PMO's code): a value the
 * field cannot take because something else holds it (409 in the API, not 422). Nothing is written.
 */
public class DuplicateException extends InvalidValueException {

    public DuplicateException(String field, String message) {
        super(field, message);
    }
}
