package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the rotation board: one row per PMO seat group (a PMO and a role), the rotations that
 * overlap a window of days, and the empty seats in that window, for a page of PMOs at a time
 * ({@value #PMOS_PER_PAGE}): a large organisation has hundreds of PMOs, and a board of all of them
 * is neither readable nor quick. Three queries whatever the number of rows and rotations: the
 * number of PMOs, the page of PMOs, and their rotations with their staff and PMO fetched with them.
 * The rotations are only read: EclipseLink builds them without a working copy and its backup in the
 * transaction (a board of a quarter holds about a thousand of them at 20,000 staff).
 */
@Stateless
public class BoardService {

    /** The longest window read at once: five years and the margins the board adds around them. */
    public static final int MAX_WINDOW_DAYS = 7 * 366;

    /** The PMOs on one page of the board (each has a row per role it has seats or rotations in). */
    public static final int PMOS_PER_PAGE = 20;

    @PersistenceContext
    private EntityManager em;

    /** One row of the board: the seats of one PMO in one role. */
    public record SeatRow(Pmo pmo, PmoRole role, int seats, List<SeatGaps.Gap> gaps) {

        public String key() {
            return pmo.getId() + "-" + role.name();
        }
    }

    /**
     * The board over {@code window}: its rows in display order and the rotations of those rows, any
     * state; {@code page} (from 0) of {@code pages}, {@code pmos} PMOs in all.
     */
    public record Board(Period window, List<SeatRow> rows, List<Rotation> rotations, int page, int pages, long pmos) {
    }

    /**
     * @param tiers   the PMO tiers shown; empty for all
     * @param pmoCode the one PMO shown, or null for all of the tiers
     * @param page    the page of PMOs (from 0; one past the last shows the last)
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public Board board(LocalDate from, LocalDate to, Collection<PmoTier> tiers, String pmoCode, int page) {
        Objects.requireNonNull(from, "The board needs the first day of its window");
        Objects.requireNonNull(to, "The board needs the last day of its window");
        Period window = Period.of(from, to);
        if (window.days() > MAX_WINDOW_DAYS) {
            throw new InvalidValueException("window", "The board shows at most five years at once.");
        }
        Collection<PmoTier> shownTiers = tiers == null || tiers.isEmpty() ? EnumSet.allOf(PmoTier.class) : tiers;
        String code = pmoCode == null || pmoCode.isBlank() ? null : pmoCode.strip().toUpperCase(Locale.ROOT);
        // Separate statements rather than ":code is null or ...": PostgreSQL cannot type a null parameter.
        long count = code == null
                ? em.createQuery("select count(p) from Pmo p where p.tier in :tiers", Long.class)
                        .setParameter("tiers", shownTiers).getSingleResult()
                : 1;
        int pages = (int) Math.max(1, (count + PMOS_PER_PAGE - 1) / PMOS_PER_PAGE);
        int shown = Math.max(0, Math.min(page, pages - 1));
        List<Pmo> pmos = code == null
                ? em.createQuery("select p from Pmo p where p.tier in :tiers order by p.tier, p.name, p.code", Pmo.class)
                        .setParameter("tiers", shownTiers)
                        .setFirstResult(shown * PMOS_PER_PAGE).setMaxResults(PMOS_PER_PAGE)
                        .getResultList()
                : em.createQuery("select p from Pmo p where p.tier in :tiers and p.code = :code", Pmo.class)
                        .setParameter("tiers", shownTiers).setParameter("code", code).getResultList();
        if (pmos.isEmpty()) {
            return new Board(window, List.of(), List.of(), 0, 1, 0);
        }
        List<Rotation> rotations = em.createQuery("select r from Rotation r join fetch r.staff join fetch r.pmo"
                        + " left join fetch r.returnPlacement"
                        + " where r.pmo in :pmos and r.planned.startDate <= :to"
                        + " and coalesce(r.actualEnd, r.planned.endDate) >= :from"
                        + " order by r.planned.startDate, r.id", Rotation.class)
                .setParameter("pmos", pmos).setParameter("from", from).setParameter("to", to)
                .setHint(QueryHints.READ_ONLY, true)
                .getResultList();
        Map<String, List<Period>> held = new LinkedHashMap<>();
        Map<String, Boolean> hasRotations = new LinkedHashMap<>();
        for (Rotation rotation : rotations) {
            String key = rotation.getPmo().getId() + "-" + rotation.getRole().name();
            hasRotations.put(key, true);
            if (rotation.getStatus() != RotationStatus.CANCELLED) {
                held.computeIfAbsent(key, k -> new ArrayList<>()).add(Period.of(rotation.startDate(), rotation.effectiveEnd()));
            }
        }
        List<SeatRow> rows = new ArrayList<>();
        for (Pmo pmo : pmos) {
            int before = rows.size();
            for (PmoRole role : PmoRole.values()) {
                String key = pmo.getId() + "-" + role.name();
                int seats = pmo.seatsFor(role);
                if (seats > 0 || hasRotations.containsKey(key)) {
                    rows.add(new SeatRow(pmo, role, seats,
                            SeatGaps.of(seats, pmo.getActivePeriod(), window, held.getOrDefault(key, List.of()))));
                }
            }
            if (rows.size() == before) {
                // A PMO without seats or rotations still has its row: the page counts it among its PMOs.
                rows.add(new SeatRow(pmo, PmoRole.PMO_ANALYST, 0, List.of()));
            }
        }
        return new Board(window, rows, rotations, shown, pages, code == null ? count : pmos.size());
    }
}
