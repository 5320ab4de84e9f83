package org.pmorotations.rotation;

import org.pmorotations.pmo.Pmo;
import org.pmorotations.pmo.PmoRole;
import org.pmorotations.shared.Period;
import org.pmorotations.staff.Staff;

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
