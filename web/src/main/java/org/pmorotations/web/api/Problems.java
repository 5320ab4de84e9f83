package org.pmorotations.web.api;

import org.pmorotations.web.shared.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Error responses as {@code application/problem+json} (RFC 9457), with the {@code violations}
 * the design asks for: each names the rule or field and says what is wrong.
 */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    public static Response of(Response.Status status, String detail, String ruleOrField, String message) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail, ruleOrField, message);
    }

    /** 422: the request was understood but a rule or a field's value refuses it. */
    public static Response unprocessable(String detail, String ruleOrField, String message) {
        return of(422, "Unprocessable Content", detail, ruleOrField, message);
    }

    static Response of(int status, String title, String detail, String ruleOrField, String message) {
        JsonArrayBuilder violations = JsonBuilders.array();
        if (ruleOrField != null) {
            violations.add(JsonBuilders.object().add(isRule(ruleOrField) ? "rule" : "field", ruleOrField).add("message", message));
        }
        JsonObject body = JsonBuilders.object()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("violations", violations)
                .build();
        return Response.status(status).type(PROBLEM_JSON).entity(body.toString()).build();
    }

    /** Rule codes are upper case (DURATION, SEATS); field names are not. */
    private static boolean isRule(String name) {
        return name.equals(name.toUpperCase(java.util.Locale.ROOT)) && !name.isEmpty() && Character.isLetter(name.charAt(0));
    }
}
