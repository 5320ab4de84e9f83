package org.pmorotations.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON binding failed on the request body: 400 naming what could not be read. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        String reason = UnreadableRequestMapper.reason(exception);
        return Problems.of(Response.Status.BAD_REQUEST, "The request body could not be read: " + reason
                + ". Dates are written 2027-03-01.", "body", reason);
    }
}
