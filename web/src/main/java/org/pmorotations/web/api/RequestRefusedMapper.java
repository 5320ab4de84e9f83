package org.pmorotations.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/**
 * The refusals JAX-RS itself makes (no resource at the address, a method the address does not
 * take, a body or an answer type it does not handle): problem+json like every other API error,
 * never the HTML error page. A refusal that already carries its problem document is left as it is.
 */
@Provider
public class RequestRefusedMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response refused = exception.getResponse();
        if (refused.hasEntity()) {
            return refused;
        }
        int status = refused.getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take " + request.getMethod()
                    + (refused.getAllowedMethods().isEmpty() ? "." : "; it takes " + String.join(", ", refused.getAllowedMethods()) + ".");
            case 406 -> "This address answers in JSON only (Accept: application/json).";
            case 415 -> "This address reads another type of body; see the API's description at /openapi.";
            default -> refused.getStatusInfo().getReasonPhrase() + ".";
        };
        Response problem = Problems.of(status, refused.getStatusInfo().getReasonPhrase(), detail, List.of());
        Response.ResponseBuilder answer = Response.fromResponse(problem);
        String allow = refused.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }
}
