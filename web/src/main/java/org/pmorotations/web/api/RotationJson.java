package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.json.bind.annotation.JsonbNillable;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.rotation.ObjectiveRating;
import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.ReturnStatus;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationEvent;
import org.pmorotations.domain.rotation.RotationEventKind;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.service.rotation.SchedulingRules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A rotation as the API answers it, with the field names of the design: {@code end} is the
 * actual end once curtailed, else the planned one; {@code atRisk} is RETURN_PLAN's warning;
 * {@code history} only when one rotation is read (lists leave it out).
 */
@Schema(name = "Rotation")
public record RotationJson(long id, String employeeNumber, String pmoCode, PmoRole role, LocalDate start,
                           @Schema(description = "The actual end once curtailed, else the planned end.") LocalDate end, long months,
                           RotationStatus status, List<ObjectiveJson> objectives, ReturnPlacementJson returnPlacement,
                           @Schema(description = "Ended without a confirmed return; flagged by the daily job.") boolean overdue,
                           @Schema(description = "RETURN_PLAN: ends within the policy's days without a return placement.") boolean atRisk,
                           long version,
                           @Schema(description = "Only when one rotation is read.") @JsonbNillable(false) List<EventJson> history) {

    /** An objective and, once completed, its evaluation. */
    @Schema(name = "RotationObjective")
    public record ObjectiveJson(Objective objective, ObjectiveRating rating, String note) {
    }

    /** The project role the person returns to. */
    @Schema(name = "ReturnPlacement")
    public record ReturnPlacementJson(String projectCode, CareerLevel level, LocalDate start, ReturnStatus status) {
    }

    /** One change of the rotation, when and by whom (UTC). */
    @Schema(name = "RotationEvent")
    public record EventJson(Instant at, String by, RotationEventKind kind, RotationStatus fromStatus, RotationStatus toStatus,
                            LocalDate fromEnd, LocalDate toEnd, String reason) {
    }

    /** One rotation with its history; {@code atRisk} under {@code policy} on {@code today}. */
    static RotationJson of(Rotation rotation, Policy policy, LocalDate today) {
        return of(rotation, policy, today, rotation.getHistory().stream().map(RotationJson::event).toList());
    }

    /** A rotation without its history, as lists show it. */
    static RotationJson summary(Rotation rotation, Policy policy, LocalDate today) {
        return of(rotation, policy, today, null);
    }

    private static RotationJson of(Rotation rotation, Policy policy, LocalDate today, List<EventJson> history) {
        List<ObjectiveJson> objectives = rotation.getObjectives().stream()
                .map(objective -> new ObjectiveJson(objective.getObjective(), objective.getRating(), objective.getNote())).toList();
        return new RotationJson(rotation.getId(), rotation.getStaff().getEmployeeNumber().value(), rotation.getPmo().getCode(),
                rotation.getRole(), rotation.startDate(), rotation.effectiveEnd(), rotation.plannedMonths(), rotation.getStatus(),
                objectives, rotation.getReturnPlacement().map(RotationJson::placement).orElse(null), rotation.isOverdue(),
                SchedulingRules.atRisk(rotation, policy, today), rotation.getVersion(), history);
    }

    private static ReturnPlacementJson placement(ReturnPlacement placement) {
        return new ReturnPlacementJson(placement.getProject().getCode(), placement.getLevel(), placement.getStartDate(),
                placement.getStatus());
    }

    private static EventJson event(RotationEvent event) {
        return new EventJson(event.getAt().toInstant(ZoneOffset.UTC), event.getActor(), event.getKind(), event.getFromStatus(),
                event.getToStatus(), event.getFromEnd(), event.getToEnd(), event.getReason());
    }
}
