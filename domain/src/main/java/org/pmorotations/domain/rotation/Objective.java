package org.pmorotations.domain.rotation;

/** Development objectives a person pursues in a PMO: the reasons people join one. */
public enum Objective {
    PROGRAM_MANAGEMENT,
    PORTFOLIO_MANAGEMENT,
    ORGANISATIONAL_VISIBILITY,
    PROCESS_IMPROVEMENT,
    LEADERSHIP_NETWORK
}
