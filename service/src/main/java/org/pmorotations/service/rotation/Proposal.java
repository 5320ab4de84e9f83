package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Rotation;

import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.Staff;

import java.util.Objects;

/**
 * A rotation as it would be: who, where, in which role, for which planned period. {@code replacing}
 * is the rotation it changes (an extension or a new schedule), left out of the comparisons, or
 * null for a new one; {@code historyImport} lifts START_DATE for records of the past.
 */
public record Proposal(Staff staff, Pmo pmo, PmoRole role, Period period, Rotation replacing, boolean historyImport) {

    public Proposal {
        Objects.requireNonNull(staff);
        Objects.requireNonNull(pmo);
        Objects.requireNonNull(role);
        Objects.requireNonNull(period);
        if (period.isOpenEnded()) {
            throw new IllegalArgumentException("A proposed rotation needs an end");
        }
    }

    public static Proposal of(Staff staff, Pmo pmo, PmoRole role, Period period) {
        return new Proposal(staff, pmo, role, period, null, false);
    }
}
