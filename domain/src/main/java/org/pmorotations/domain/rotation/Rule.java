package org.pmorotations.domain.rotation;

/**
 * The scheduling rules. Each constant is the code a refusal names: the API gives it in
 * {@code violations[].rule}, next to a sentence that says what is wrong. Every broken rule is
 * reported at once. What each rule checks, the policy setting it reads and an example of its
 * message are listed in {@code docs/rules.md}.
 */
public enum Rule {
    /** The planned length in whole months, extensions included, is from the policy's {@code minMonths} to its {@code maxMonths}. */
    DURATION,
    /** The person holds no other rotation (cancelled ones aside) on any day of the period. */
    OVERLAP,
    /** On every day of the period the PMO has a free seat in the role; reads the PMO's seats, no policy setting. */
    SEATS,
    /** The level on the start date meets {@code analystMinLevel} or {@code managerMinLevel}, or an enterprise PMO's higher {@code enterpriseMinLevel}. */
    ELIGIBILITY,
    /** The rotation starts at least the policy's {@code tenureMonths} after the person's hire date. */
    TENURE,
    /** At least the policy's {@code coolOffMonths} lie between the end of one of the person's rotations and the start of the next. */
    COOL_OFF,
    /** The PMO is open for the whole period, from its first to its last day; no policy setting. */
    PMO_OPEN,
    /** The person is an active staff member; no policy setting. */
    ACTIVE_STAFF,
    /** A new or rescheduled rotation starts today or later (not checked on approval or extension); no policy setting. */
    START_DATE,
    /** Not a scheduling check: without a return placement a rotation is at risk {@code atRiskDays} before its end and cannot complete. */
    RETURN_PLAN
}
