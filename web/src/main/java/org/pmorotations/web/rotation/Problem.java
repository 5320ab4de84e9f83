package org.pmorotations.web.rotation;

import org.pmorotations.domain.rotation.Rule;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A problem shown next to a field of a rotation form: the field's key, a code (a rule code of
 * the design, or the field's key when a value was refused or missing) and the sentence.
 */
public record Problem(String field, String code, String message) implements Serializable {

    /** The rule code to show beside the sentence, or null when the problem is no rule's (a value missing or refused). */
    public String ruleCode() {
        return Arrays.stream(Rule.values()).map(Rule::name).filter(code::equals).findFirst().orElse(null);
    }
}
