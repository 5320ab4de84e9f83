package org.pmorotations.domain.shared;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Objects;

/**
 * A change refused, with nothing written: the one family every service throws when it says no.
 * Each kind says why in {@link #reasons()}: a broken rule by its code, a refused value by the name
 * of its field (never both in one string), or nothing more than the message. The API answers each
 * kind with its status and the reasons as {@code violations}; the pages put each reason next to
 * the input it names, by the input's label. Thrown from a service, a refusal rolls the transaction
 * back (the annotation is inherited by every kind).
 *
 * <ul>
 *   <li>{@link InvalidValueException}: a field's value cannot be taken (422);</li>
 *   <li>{@code RulesBrokenException} (in the rotation component): scheduling rules broken (422);</li>
 *   <li>{@link VersionRequiredException}: a change sent without the version its author read (428);</li>
 *   <li>{@link StaleVersionException}: someone changed the thing since it was read (409);</li>
 *   <li>{@link DuplicateException}: a business key that exists already (409);</li>
 *   <li>{@link NotFoundException}: the thing asked for does not exist (404).</li>
 * </ul>
 */
@ApplicationException(rollback = true)
public abstract class Refusal extends RuntimeException {

    protected Refusal(String message) {
        super(message);
    }

    /** What the refusal is about, each with its sentence; empty when the message says it all. */
    public abstract List<Reason> reasons();

    /**
     * One thing refused: a rule by its code (a constant of the rules, e.g. {@code DURATION}) or a
     * field by its name ({@code start}, {@code projectCode}), exactly one of the two.
     */
    public record Reason(String rule, String field, String message) {

        public Reason {
            Objects.requireNonNull(message);
            if ((rule == null) == (field == null)) {
                throw new IllegalArgumentException("A reason names a rule or a field, exactly one: " + rule + ", " + field);
            }
        }

        public static Reason ofRule(String code, String message) {
            return new Reason(code, null, message);
        }

        public static Reason ofField(String name, String message) {
            return new Reason(null, name, message);
        }

        public boolean isRule() {
            return rule != null;
        }

        /** The rule's code or the field's name, whichever this reason names. */
        public String subject() {
            return rule != null ? rule : field;
        }
    }
}
