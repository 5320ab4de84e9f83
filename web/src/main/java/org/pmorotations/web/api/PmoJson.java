package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.json.bind.annotation.JsonbProperty;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;

import java.time.LocalDate;

/** A PMO as the API answers it: {@code closes} is null while it stays open. */
@Schema(name = "Pmo")
public record PmoJson(String code, String name, PmoTier tier, Seats seats, LocalDate opens, @Schema(description = "None: open-ended.") LocalDate closes, long version) {

    /** The seats of each PMO role, by the role's code. */
    public record Seats(@JsonbProperty("PMO_ANALYST") int analyst, @JsonbProperty("PMO_MANAGER") int manager) {
    }

    static PmoJson of(Pmo pmo) {
        return new PmoJson(pmo.getCode(), pmo.getName(), pmo.getTier(),
                new Seats(pmo.seatsFor(PmoRole.PMO_ANALYST), pmo.seatsFor(PmoRole.PMO_MANAGER)),
                pmo.getActivePeriod().start(), pmo.getActivePeriod().end().orElse(null), pmo.getVersion());
    }
}
