package org.pmorotations.api;

import org.pmorotations.rotation.ObjectiveRating;
import org.pmorotations.staff.CareerLevel;

import java.time.LocalDate;
import java.util.Map;

/** The bodies of the lifecycle actions of {@code /api/v1/rotations/{id}/...}. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    public record Extend(Integer months) {
    }

    public record Curtail(LocalDate endDate, String reason) {
    }

    public record Cancel(String reason) {
    }

    public record Reschedule(LocalDate start, Integer months, Long version) {
    }

    public record Return(String projectCode, CareerLevel level, LocalDate start) {
    }

    public record Rating(ObjectiveRating rating, String note) {
    }

    public record Complete(Map<String, Rating> evaluations) {
    }
}
