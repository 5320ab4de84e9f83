package org.pmorotations.domain.project;

/** Where an open role stands: wanted, taken by a person, or no longer wanted. */
public enum OpenRoleStatus {
    /** Wanted: a person may still be found for it. */
    OPEN,
    /** Taken: the person's project role that filled it is {@link OpenRole#getFilledBy()}. */
    FILLED,
    /** No longer wanted, with the reason in its history. */
    WITHDRAWN;

    /** The state as a word of a sentence ("open", "filled"), never its constant. */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
