package org.pmorotations.web.api;

import org.pmorotations.web.shared.JsonBuilders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pmorotations.service.rotation.RulesBrokenException;

/** Scheduling refused by the rules: 422 with every violation. */
@Provider
public class RulesBrokenMapper implements ExceptionMapper<RulesBrokenException> {

    @Override
    public Response toResponse(RulesBrokenException exception) {
        String body = JsonBuilders.object()
                .add("type", "about:blank")
                .add("title", "Unprocessable Content")
                .add("status", 422)
                .add("detail", "The rotation breaks " + exception.getViolations().size() + " scheduling rule(s).")
                .add("violations", RotationJson.violations(exception.getViolations()))
                .build().toString();
        return Response.status(422).type(Problems.PROBLEM_JSON).entity(body).build();
    }
}
