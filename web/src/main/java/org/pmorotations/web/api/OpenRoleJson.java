package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleEvent;
import org.pmorotations.domain.project.OpenRoleEventKind;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An open role as the API answers it. {@code end} is the role's own (null: until the project ends),
 * {@code until} the last day it is wanted (null while the project is open-ended too).
 */
@Schema(name = "OpenRole")
public record OpenRoleJson(long id, long version, String projectCode, String projectName, CareerLevel minLevel,
                           @Schema(description = "None: this level or above.") CareerLevel maxLevel, LocalDate start,
                           @Schema(description = "None: until the project ends.") LocalDate end, LocalDate until,
                           String department, String description, OpenRoleStatus status,
                           @Schema(description = "Who filled it, once FILLED.") Filler filledBy,
                           @Schema(description = "A backfill: the rotation whose person left the seat.") Long backfillFor,
                           @Schema(description = "A backfill: the person whose seat it is.") Filler replaces, List<Step> history) {

    /** A person and a day: who filled the role and from when, or whose role a backfill replaces and from when they leave. */
    @Schema(name = "OpenRoleFiller")
    public record Filler(String employeeNumber, String fullName, LocalDate start) {
    }

    /** One entry of the role's history. */
    @Schema(name = "OpenRoleStep")
    public record Step(LocalDateTime at, String actor, OpenRoleEventKind kind, String detail, String reason) {

        static Step of(OpenRoleEvent event) {
            return new Step(event.getAt(), event.getActor(), event.getKind(), event.getDetail(), event.getReason());
        }
    }

    /** With its history: the one role asked for, or one just changed. */
    static OpenRoleJson of(OpenRole role) {
        return of(role, role.getHistory().stream().map(Step::of).toList());
    }

    /** Without the history, which a list does not read. */
    static OpenRoleJson listed(OpenRole role) {
        return of(role, null);
    }

    private static OpenRoleJson of(OpenRole role, List<Step> history) {
        Filler filler = role.getFilledBy().map(taken -> new Filler(taken.getStaff().getEmployeeNumber().value(),
                taken.getStaff().getFullName(), taken.getPeriod().start())).orElse(null);
        return new OpenRoleJson(role.getId(), role.getVersion(), role.getProject().getCode(), role.getProject().getName(),
                role.getMinLevel(), role.getMaxLevel().orElse(null), role.getPeriod().start(), role.getPeriod().end().orElse(null),
                role.until().end().orElse(null), role.getDepartment(), role.getDescription().orElse(null), role.getStatus(), filler,
                role.getBackfillFor().orElse(null), role.getHeld().map(held -> new Filler(held.getStaff().getEmployeeNumber().value(),
                held.getStaff().getFullName(), role.getPeriod().start())).orElse(null), history);
    }
}
