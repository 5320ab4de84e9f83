package org.pmorotations.web.api;

import org.pmorotations.web.shared.JsonBuilders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.pmorotations.domain.rotation.ObjectiveEvaluation;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.RotationEvent;
import org.pmorotations.service.rotation.SchedulingRules;
import org.pmorotations.domain.rotation.Violation;

import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of rotations and rule checks, with the field names of the design. */
final class RotationJson {

    private RotationJson() {
    }

    /** One rotation with its history; {@code atRisk} is RETURN_PLAN's warning under {@code policy} on {@code today}. */
    static JsonObject rotation(Rotation rotation, Policy policy, LocalDate today) {
        JsonArrayBuilder history = JsonBuilders.array();
        for (RotationEvent event : rotation.getHistory()) {
            JsonObjectBuilder item = JsonBuilders.object()
                    .add("at", event.getAt().toString() + "Z")
                    .add("by", event.getActor())
                    .add("kind", event.getKind().name());
            optional(item, "fromStatus", event.getFromStatus() == null ? null : event.getFromStatus().name());
            item.add("toStatus", event.getToStatus().name());
            optional(item, "fromEnd", event.getFromEnd() == null ? null : event.getFromEnd().toString());
            item.add("toEnd", event.getToEnd().toString());
            optional(item, "reason", event.getReason());
            history.add(item);
        }
        return summary(rotation, policy, today).add("history", history).build();
    }

    /** A rotation without its history, as lists show it. */
    static JsonObjectBuilder summary(Rotation rotation, Policy policy, LocalDate today) {
        JsonArrayBuilder objectives = JsonBuilders.array();
        for (ObjectiveEvaluation objective : rotation.getObjectives()) {
            JsonObjectBuilder item = JsonBuilders.object().add("objective", objective.getObjective().name());
            optional(item, "rating", objective.getRating() == null ? null : objective.getRating().name());
            optional(item, "note", objective.getNote());
            objectives.add(item);
        }
        JsonObjectBuilder json = JsonBuilders.object()
                .add("id", rotation.getId())
                .add("employeeNumber", rotation.getStaff().getEmployeeNumber().value())
                .add("pmoCode", rotation.getPmo().getCode())
                .add("role", rotation.getRole().name())
                .add("start", rotation.startDate().toString())
                .add("end", rotation.effectiveEnd().toString())
                .add("months", rotation.plannedMonths())
                .add("status", rotation.getStatus().name())
                .add("objectives", objectives);
        rotation.getReturnPlacement().ifPresentOrElse(placement -> json.add("returnPlacement", JsonBuilders.object()
                        .add("projectCode", placement.getProject().getCode())
                        .add("level", placement.getLevel().name())
                        .add("start", placement.getStartDate().toString())
                        .add("status", placement.getStatus().name())),
                () -> json.addNull("returnPlacement"));
        return json.add("overdue", rotation.isOverdue())
                .add("atRisk", SchedulingRules.atRisk(rotation, policy, today))
                .add("version", rotation.getVersion());
    }

    static JsonObject check(List<Violation> violations) {
        return JsonBuilders.object().add("ok", violations.isEmpty()).add("violations", violations(violations)).build();
    }

    static JsonArrayBuilder violations(List<Violation> violations) {
        JsonArrayBuilder array = JsonBuilders.array();
        violations.forEach(v -> array.add(JsonBuilders.object().add("rule", v.rule().name()).add("message", v.message())));
        return array;
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
