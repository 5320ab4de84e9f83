package org.pmorotations.service.pmo;

import org.pmorotations.domain.pmo.PmoTier;

import java.time.LocalDate;
import java.util.Map;

/** A PMO as the API sends it: seats by PMO role name; {@code version} is the one read (updates only). */
public record PmoInput(String code, String name, PmoTier tier, Map<String, Integer> seats, LocalDate opens, LocalDate closes,
                       Long version) {
}
