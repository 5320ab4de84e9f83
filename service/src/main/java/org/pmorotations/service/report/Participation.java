package org.pmorotations.service.report;

import org.pmorotations.domain.staff.CareerLevel;

/** Of the active staff at one career level, how many have done a rotation. */
public record Participation(CareerLevel level, Ratio rotated) {
}
