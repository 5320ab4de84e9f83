package org.pmorotations.rotation;

/** The scheduling rules, by their codes in the design. */
public enum Rule {
    DURATION,
    OVERLAP,
    SEATS,
    ELIGIBILITY,
    TENURE,
    COOL_OFF,
    PMO_OPEN,
    ACTIVE_STAFF,
    START_DATE,
    RETURN_PLAN
}
