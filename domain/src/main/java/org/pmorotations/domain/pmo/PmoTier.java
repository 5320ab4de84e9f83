package org.pmorotations.domain.pmo;

/** The level of the organisation a PMO serves. */
public enum PmoTier {
    /** Issue, risk and change management across the work streams of one program. */
    PROGRAM,
    /** Demand, portfolio, budget and resource management for one department. */
    DEPARTMENT,
    /** Portfolio management with senior leadership; methodology and standards. */
    ENTERPRISE
}
