package org.pmorotations.web.shared;

import org.pmorotations.domain.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

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
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ProblemJson.of(status, title, detail,
                field == null ? List.of() : List.of(Refusal.Reason.ofField(field, message))).toJson());
        response.flushBuffer();
    }
}
