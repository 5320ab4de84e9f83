package org.pmorotations.web.shared;

import org.pmorotations.domain.rotation.Rule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import org.pmorotations.domain.shared.Refusal;

import java.util.List;

/**
 * An error answer, {@code application/problem+json} (RFC 9457), with the {@code violations} of
 * the design: each names the rule or the field, never both, and says what is wrong.
 */
@Schema(name = "Problem")
public record ProblemJson(String type, String title, int status, String detail, List<Violation> violations) {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** A problem of type {@code about:blank} with a violation for each reason. */
    public static ProblemJson of(int status, String title, String detail, List<Refusal.Reason> reasons) {
        return new ProblemJson("about:blank", title, status, detail, reasons.stream().map(Violation::of).toList());
    }

    /** The document as it is sent. */
    public String toJson() {
        return JSONB.toJson(this);
    }

    /** One reason of a refusal: its {@code rule} (a rule code) or its {@code field} (a member, parameter or header); the other is left out. */
    @JsonbNillable(false)
    @Schema(name = "Violation", description = "Names either the rule or the field.")
    public record Violation(@Schema(implementation = Rule.class) String rule, String field, String message) {

        public static Violation of(Refusal.Reason reason) {
            return new Violation(reason.rule(), reason.field(), reason.message());
        }
    }
}
