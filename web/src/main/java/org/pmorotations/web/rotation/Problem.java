package org.pmorotations.web.rotation;

import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.web.shared.Refusals;
import org.pmorotations.web.shared.Texts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A problem shown next to a field of a rotation form: the field's key ({@link #GENERAL} above the
 * form's fields), the rule code when a scheduling rule was broken (none when a value was missing
 * or refused) and the sentence.
 */
public record Problem(String field, String rule, String message) implements Serializable {

    /** The block above a form's fields, for what no field holds. */
    public static final String GENERAL = "general";

    /** Each reason of a refusal at the field that shows it ({@link Refusals}). */
    static List<Problem> of(Refusal refusal, Map<String, String> inputs, Texts texts) {
        return of(Refusals.place(refusal, inputs, texts));
    }

    /** Each reason of a check at the field that shows it. */
    static List<Problem> of(List<Refusal.Reason> reasons, Map<String, String> inputs, Texts texts) {
        return of(Refusals.place(reasons, inputs, texts));
    }

    private static List<Problem> of(List<Refusals.Placed> placed) {
        return placed.stream()
                .map(one -> new Problem(one.input() == null ? GENERAL : one.input(), one.rule(), one.message()))
                .toList();
    }
}
