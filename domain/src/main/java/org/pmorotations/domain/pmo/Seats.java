package org.pmorotations.domain.pmo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.pmorotations.domain.shared.InvalidValueException;

import java.util.Objects;

/** How many people a PMO can hold at once in each {@link PmoRole}; never negative. */
@Embeddable
public class Seats {

    @Column(name = "analyst_seats", nullable = false)
    private int analysts;

    @Column(name = "manager_seats", nullable = false)
    private int managers;

    protected Seats() {
        // for JPA
    }

    private Seats(int analysts, int managers) {
        if (analysts < 0) {
            throw new InvalidValueException("seats.PMO_ANALYST", "The number of PMO analyst seats cannot be negative (" + analysts + ").");
        }
        if (managers < 0) {
            throw new InvalidValueException("seats.PMO_MANAGER", "The number of PMO manager seats cannot be negative (" + managers + ").");
        }
        this.analysts = analysts;
        this.managers = managers;
    }

    public static Seats of(int analysts, int managers) {
        return new Seats(analysts, managers);
    }

    public int of(PmoRole role) {
        return switch (Objects.requireNonNull(role)) {
            case PMO_ANALYST -> analysts;
            case PMO_MANAGER -> managers;
        };
    }

    public int total() {
        return analysts + managers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seats that && analysts == that.analysts && managers == that.managers;
    }

    @Override
    public int hashCode() {
        return Objects.hash(analysts, managers);
    }

    @Override
    public String toString() {
        return analysts + " analyst(s), " + managers + " manager(s)";
    }
}
