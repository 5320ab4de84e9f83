package org.pmorotations.domain.rotation;

/** How far an objective was reached, rated at the end of the rotation. */
public enum ObjectiveRating {
    NOT_MET,
    PARTLY_MET,
    MET
}
