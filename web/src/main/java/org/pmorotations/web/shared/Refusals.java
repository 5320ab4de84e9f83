package org.pmorotations.web.shared;

import org.pmorotations.domain.shared.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the pages show a refusal of the services, in plain words: each reason next to the input it
 * names (a field, or a rule that a field decides, such as DURATION beside the length), or above
 * the form when no input of the page holds it. A field's reason shown above the form starts with
 * the field's label ({@code field.<name>} in the bundle: "Project: Choose the project the person
 * returns to."), so that it names the field as the page does and never by its code.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * One reason, placed.
     *
     * @param input   the key of the input that shows it (a key of the map given), or null for the form
     * @param rule    the rule code when a rule was broken, else null
     * @param message the sentence to show
     */
    public record Placed(String input, String rule, String message) {
    }

    /**
     * @param inputs a rule code or field name to the key of the page's input that shows it
     */
    public static List<Placed> place(Refusal refusal, Map<String, String> inputs, Texts texts) {
        if (refusal.reasons().isEmpty()) {
            return List.of(new Placed(null, null, refusal.getMessage()));
        }
        return place(refusal.reasons(), inputs, texts);
    }

    /** Reasons found without a refusal (the rule check of a form being filled in), placed the same way. */
    public static List<Placed> place(List<Refusal.Reason> reasons, Map<String, String> inputs, Texts texts) {
        List<Placed> placed = new ArrayList<>();
        for (Refusal.Reason reason : reasons) {
            String input = inputs.get(reason.subject());
            String message = reason.message();
            if (input == null && !reason.isRule() && texts.has("field." + reason.field())) {
                message = labelled(texts.get("field." + reason.field()), message);
            }
            placed.add(new Placed(input, reason.rule(), message));
        }
        return placed;
    }

    /** "Label: message", unless the message starts with the label already. */
    private static String labelled(String label, String message) {
        return message.regionMatches(true, 0, label, 0, label.length()) ? message : label + ": " + message;
    }
}
