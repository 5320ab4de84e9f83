package org.pmorotations.domain.rotation;

import org.pmorotations.domain.staff.CareerLevel;

/**
 * The thresholds of the scheduling rules, which an administrator may change. {@link #DEFAULTS}
 * are the design's.
 *
 * @param minMonths          DURATION: shortest planned length, extensions included
 * @param maxMonths          DURATION: longest planned length, extensions included
 * @param analystMinLevel    ELIGIBILITY: lowest career level for a PMO analyst seat
 * @param managerMinLevel    ELIGIBILITY: lowest career level for a PMO manager seat
 * @param enterpriseMinLevel ELIGIBILITY: lowest career level for any seat of an ENTERPRISE PMO
 * @param tenureMonths       TENURE: months since hire before a first rotation
 * @param coolOffMonths      COOL_OFF: months back in project roles between two rotations
 * @param atRiskDays         RETURN_PLAN: days before the end from which a rotation without a reserved return is at risk
 * @param returnHorizonMonths the way back: rotations ending within this many months are matched with open roles and listed on the returns page
 */
public record Policy(int minMonths, int maxMonths, CareerLevel analystMinLevel, CareerLevel managerMinLevel,
                     CareerLevel enterpriseMinLevel, int tenureMonths, int coolOffMonths, int atRiskDays,
                     int returnHorizonMonths) {

    public static final Policy DEFAULTS = new Policy(12, 24, CareerLevel.PROJECT_COORDINATOR,
            CareerLevel.SENIOR_PROJECT_MANAGER, CareerLevel.PROJECT_MANAGER, 12, 12, 60, 6);
}
