package org.pmorotations.web.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A problem document (RFC 9457, as the API's resources answer) written straight to a servlet
 * response, by the parts that answer before JAX-RS runs: sign-in, the cross-site check. The
 * response is committed, so that no error page replaces it.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** {@code field} and {@code message}: the one violation to name, or null for none. */
    public static void write(HttpServletResponse response, int status, String title, String detail, String field, String message)
            throws IOException {
        JsonArrayBuilder violations = JsonBuilders.array();
        if (field != null) {
            violations.add(JsonBuilders.object().add("field", field).add("message", message));
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JsonBuilders.object().add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", detail).add("violations", violations).build().toString());
        response.flushBuffer();
    }
}
