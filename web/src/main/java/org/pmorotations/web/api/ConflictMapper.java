package org.pmorotations.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmorotations.domain.shared.ConflictException;

/** A duplicate key or a stale version: 409, nothing changed. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException exception) {
        return Problems.of(Response.Status.CONFLICT, exception.getMessage(), exception.getField(), exception.getMessage());
    }
}
