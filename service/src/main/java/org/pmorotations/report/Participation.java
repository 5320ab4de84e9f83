package org.pmorotations.report;

import org.pmorotations.staff.CareerLevel;

/** Of the active staff at one career level, how many have done a rotation. */
public record Participation(CareerLevel level, Ratio rotated) {
}
