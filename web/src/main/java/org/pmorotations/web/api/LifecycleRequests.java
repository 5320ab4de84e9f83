package org.pmorotations.web.api;

import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.ObjectiveRating;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The bodies of the lifecycle actions of {@code /api/v1/rotations/{id}/...}; {@code version} is the
 * version read, when it is not sent in {@code If-Match}.
 */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    /** A body that may carry the version its author read. */
    interface Versioned {
        Long version();
    }

    public record Extend(Integer months, Long version) implements Versioned {
    }

    public record Curtail(LocalDate endDate, String reason, Long version) implements Versioned {
    }

    public record Cancel(String reason, Long version) implements Versioned {
    }

    public record Reschedule(LocalDate start, Integer months, Long version) implements Versioned {
    }

    /** A return placement: project, level and start, or the open role of one of the person's matches ({@code openRoleId}) alone. */
    public record Return(String projectCode, CareerLevel level, LocalDate start, Long openRoleId, Long version) implements Versioned {
    }

    public record Rating(ObjectiveRating rating, String note) {
    }

    public record Complete(Map<String, Rating> evaluations, Long version) implements Versioned {
    }

    /** A proposal's new seat, start, length and objectives (each one given; the person stays). */
    public record EditProposal(String pmoCode, PmoRole role, LocalDate start, Integer months, Set<Objective> objectives, Long version)
            implements Versioned {
    }

    /** A note on a rotation: no version, a note changes nothing of it. */
    public record Note(String text) {
    }
}
