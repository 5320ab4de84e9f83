package org.pmorotations.web.pmo;

import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.service.pmo.PmoService;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/**
 * Backs {@code pmos/index.xhtml}: every PMO with its seats and the seats taken today. Two queries
 * whatever the number of PMOs: the PMOs, and the active rotations counted per PMO and role.
 */
@Named("pmoIndex")
@RequestScoped
public class IndexBacking {

    @Inject
    PmoService pmoService;

    private List<PmoRow> rows;

    /** One line of the list. */
    public record PmoRow(Pmo pmo, long analystsTaken, long managersTaken) {
    }

    public void load() {
        Map<String, Map<PmoRole, Long>> taken = pmoService.occupancy();
        rows = pmoService.list().stream().map(pmo -> {
            Map<PmoRole, Long> byRole = taken.getOrDefault(pmo.getCode(), Map.of());
            return new PmoRow(pmo, byRole.getOrDefault(PmoRole.PMO_ANALYST, 0L), byRole.getOrDefault(PmoRole.PMO_MANAGER, 0L));
        }).toList();
    }

    public List<PmoRow> getRows() {
        return rows;
    }
}
