package org.pmorotations.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmorotations.domain.shared.DomainException;

/** A value the domain refuses (a missing field, an unknown staff member): 422 naming the field. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return Problems.unprocessable(exception.getMessage(), exception.getRule(), exception.getMessage());
    }
}
