package org.pmorotations.web.api;

import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.web.shared.ProblemJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Error responses as {@code application/problem+json} (RFC 9457): {@link ProblemJson}, as the sign-in and the filters write them too. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    /** A problem about the request as a whole, naming neither a rule nor a field. */
    public static Response of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    /** A problem with one field (a parameter, a header, a member of the body); with none when {@code field} is null. */
    public static Response ofField(Response.Status status, String detail, String field) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail,
                field == null ? List.of() : List.of(Refusal.Reason.ofField(field, detail)));
    }

    /** 422: the request was understood, but values or rules refuse it. */
    public static Response unprocessable(String detail, List<Refusal.Reason> reasons) {
        return of(422, "Unprocessable Content", detail, reasons);
    }

    static Response of(int status, String title, String detail, List<Refusal.Reason> reasons) {
        return Response.status(status).type(PROBLEM_JSON).entity(ProblemJson.of(status, title, detail, reasons).toJson()).build();
    }
}
