package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.LevelChange;

import java.time.LocalDate;

/**
 * One step of a career, each kind with its own members: a level change, a project role (whose
 * end is null while the person is still on it) or a rotation.
 */
@Schema(name = "HistoryItem", oneOf = {HistoryItemJson.LevelChangeJson.class, HistoryItemJson.ProjectRoleJson.class,
        HistoryItemJson.RotationItemJson.class})
public sealed interface HistoryItemJson {

    String kind();

    LocalDate start();

    static HistoryItemJson of(LevelChange change) {
        return new LevelChangeJson("LEVEL_CHANGE", change.getEffective(), change.getLevel());
    }

    static HistoryItemJson of(ProjectRole role) {
        return new ProjectRoleJson("PROJECT_ROLE", role.getPeriod().start(), role.getPeriod().end().orElse(null),
                role.getProject().getCode(), role.getProject().getName(), role.getLevel());
    }

    static HistoryItemJson of(Rotation rotation) {
        return new RotationItemJson("ROTATION", rotation.startDate(), rotation.effectiveEnd(), rotation.getId(),
                rotation.getPmo().getCode(), rotation.getPmo().getName(), rotation.getRole(), rotation.getStatus());
    }

    @Schema(name = "LevelChangeItem")
    record LevelChangeJson(String kind, LocalDate start, CareerLevel level) implements HistoryItemJson {
    }

    @Schema(name = "ProjectRoleItem")
    record ProjectRoleJson(String kind, LocalDate start, LocalDate end, String projectCode, String projectName, CareerLevel level)
            implements HistoryItemJson {
    }

    @Schema(name = "RotationItem")
    record RotationItemJson(String kind, LocalDate start, LocalDate end, long rotationId, String pmoCode, String pmoName, PmoRole role,
                            RotationStatus status) implements HistoryItemJson {
    }
}
