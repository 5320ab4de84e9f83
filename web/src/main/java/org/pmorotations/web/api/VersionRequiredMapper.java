package org.pmorotations.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmorotations.domain.shared.VersionRequiredException;

/** A change sent without the version its author read: 428 Precondition Required, nothing changed. */
@Provider
public class VersionRequiredMapper implements ExceptionMapper<VersionRequiredException> {

    @Override
    public Response toResponse(VersionRequiredException exception) {
        return Problems.of(Response.Status.PRECONDITION_REQUIRED, exception.getMessage(), exception.getRule(), exception.getMessage());
    }
}
