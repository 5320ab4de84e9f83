package org.pmorotations.domain.shared;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (404 in the API). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
