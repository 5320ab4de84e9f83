package org.pmorotations.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmorotations.domain.shared.NotFoundException;

/** Unknown resource: 404. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException exception) {
        return Problems.of(Response.Status.NOT_FOUND, exception.getMessage(), null, null);
    }
}
