package org.pmorotations.domain.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of the text the application stores, shared by the entities, so that every page, API call
 * and import refuses the same things with the same words, before anything reaches the database.
 * <ul>
 *   <li><b>Names and other one-line text</b> ({@link #required}): any printable character,
 *       accents, right-to-left scripts and emoji included; never a control character (a NUL, a
 *       tab, a line break, an escape) nor half of a character (an unpaired UTF-16 surrogate), which
 *       no keyboard types, no page can show, and PostgreSQL refuses or stores as {@code ?}.</li>
 *   <li><b>Reasons and notes</b> ({@link #optional}): the same, but line breaks and tabs are
 *       allowed.</li>
 *   <li><b>Codes</b> of PMOs and projects ({@link #code}): letters A to Z, digits and hyphens
 *       inside (not first or last), kept in upper case, so that a code is safe in an address,
 *       a file name and a CSV cell as it is.</li>
 * </ul>
 */
public final class Text {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    private Text() {
    }

    /**
     * The stripped value, or a {@link InvalidValueException} naming the field when it is blank, longer
     * than {@code max} or holds a character that is not one-line text.
     */
    public static String required(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, label + " is required.");
        }
        return checked(value.strip(), field, label, max, false);
    }

    /**
     * The stripped value, or null when it is absent or blank; a {@link InvalidValueException} naming the
     * field when it is longer than {@code max} or holds a control character other than a line
     * break or a tab.
     */
    public static String optional(String value, String field, String label, int max) {
        return value == null || value.isBlank() ? null : checked(value.strip(), field, label, max, true);
    }

    /**
     * The code in upper case, or a {@link InvalidValueException} naming the field when it is blank,
     * longer than {@code max} or not letters, digits and inner hyphens.
     */
    public static String code(String value, String field, String label, int max) {
        String code = required(value, field, label, max);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValueException(field, label + " \"" + code + "\" may hold only letters A to Z, digits and hyphens,"
                    + " and begins and ends with a letter or a digit.");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    /** Whether {@code value} is letters, digits and inner hyphens, as a code is. */
    public static boolean isCode(String value) {
        return CODE.matcher(value).matches();
    }

    /**
     * The code a lookup asks for, as it would be stored (stripped, upper case), or empty when no
     * code could ever be stored so: a lookup of such a text finds nothing without asking the
     * database.
     */
    public static Optional<String> asCode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String code = value.strip();
        return CODE.matcher(code).matches() ? Optional.of(code.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** A control character or half of a character in {@code value}, described for a message; empty if there is none. */
    public static Optional<String> unstorable(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(String.format("an invisible control character (U+%04X) at position %d", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("half of a character (U+%04X) at position %d", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    private static String checked(String stripped, String field, String label, int max, boolean multiline) {
        if (stripped.length() > max) {
            throw new InvalidValueException(field, label + " has " + stripped.length()
                    + " characters; at most " + max + " are allowed.");
        }
        unstorable(stripped, multiline).ifPresent(what -> {
            throw new InvalidValueException(field, label + " holds " + what + ", which cannot be stored. Type it again without it.");
        });
        return stripped;
    }
}
