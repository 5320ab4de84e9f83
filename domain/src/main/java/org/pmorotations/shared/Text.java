package org.pmorotations.shared;

/** Checks of free-text fields shared by the entities. */
public final class Text {

    private Text() {
    }

    /**
     * The stripped value, or a {@link DomainException} naming the field when it is blank or
     * longer than {@code max}.
     */
    public static String required(String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field, label + " is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new DomainException(field, label + " has " + stripped.length()
                    + " characters; at most " + max + " are allowed.");
        }
        return stripped;
    }
}
