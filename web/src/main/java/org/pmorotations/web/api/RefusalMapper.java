package org.pmorotations.web.api;

import org.pmorotations.domain.shared.DuplicateException;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.domain.shared.VersionRequiredException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Any refusal of the services as problem+json, nothing changed: its status by its kind, its
 * message as the detail and its reasons as the violations, each naming a rule or a field.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        if (refusal instanceof NotFoundException) {
            return answer(Response.Status.NOT_FOUND, refusal);
        }
        if (refusal instanceof VersionRequiredException) {
            return answer(Response.Status.PRECONDITION_REQUIRED, refusal);
        }
        if (refusal instanceof StaleVersionException || refusal instanceof DuplicateException) {
            return answer(Response.Status.CONFLICT, refusal);
        }
        // A value refused or rules broken: the request was understood, and the domain says no.
        return Problems.unprocessable(refusal.getMessage(), refusal.reasons());
    }

    private static Response answer(Response.Status status, Refusal refusal) {
        return Problems.of(status.getStatusCode(), status.getReasonPhrase(), refusal.getMessage(), refusal.reasons());
    }
}
