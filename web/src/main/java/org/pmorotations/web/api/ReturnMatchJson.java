package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pmorotations.domain.rotation.ReturnMatch;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;

/** One way back after a rotation: an open role, where it ranks and why. */
@Schema(name = "ReturnMatch")
public record ReturnMatchJson(@Schema(description = "1 for the best.") int rank, OpenRoleJson openRole,
                              @Schema(description = "The level they would return at.") CareerLevel level,
                              @Schema(description = "The return's first day.") LocalDate start, boolean ownBackfill, boolean promotion,
                              boolean homeDepartment, long gapDays,
                              @Schema(description = "Days of the project from the return on; none for a project without an end.") Long projectDays,
                              String reason) {

    static ReturnMatchJson of(int rank, ReturnMatch match) {
        return new ReturnMatchJson(rank, OpenRoleJson.listed(match.role()), match.level(), match.start(), match.ownBackfill(),
                match.promotion(), match.homeDepartment(), match.gapDays(), match.projectDays().orElse(null), match.reason());
    }
}
