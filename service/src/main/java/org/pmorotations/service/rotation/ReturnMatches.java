package org.pmorotations.service.rotation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.rotation.ReturnMatch;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.staff.CareerLevel;

import jakarta.inject.Inject;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.ReturnStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The way back: the open roles a person ending a rotation could return to, ranked with a reason
 * each ({@link ReturnMatch}). Two statements whatever the number of open roles: the rotation with
 * its person, and the open roles still running on the day they return at a level that could fit,
 * with their projects; the ranking is the domain's.
 */
@Stateless
public class ReturnMatches {

    @PersistenceContext
    private EntityManager em;

    @Inject
    PolicyService policies;

    /** The matches of rotation {@code rotationId}, best first; none for a rotation that awaits no return. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<ReturnMatch> of(long rotationId) {
        Rotation rotation = em.createQuery("select r from Rotation r join fetch r.staff where r.id = :id", Rotation.class)
                .setParameter("id", rotationId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no rotation " + rotationId + "."));
        if (!RotationStatus.AWAITING_RETURN.contains(rotation.getStatus())) {
            return List.of();
        }
        return of(ReturnMatch.Returning.from(rotation));
    }

    /**
     * A page of the returns page: the rotations awaiting their return whose end is within the
     * policy's {@code returnHorizonMonths} of {@code today} (those already past their end among
     * them), at risk first (no return reserved and ending within the at-risk days), then by end;
     * each of the page's with its best match. Four statements whatever the number of rotations and
     * open roles: the policy, the order of every such rotation (its id, end and return), the page's
     * rotations with their people, PMOs and returns, and the open roles still running on the first
     * of their return days; only the page's rotations are ranked against those.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public ReturnsPage returns(LocalDate today, int page, int size) {
        Policy policy = policies.current();
        LocalDate horizon = today.plusMonths(policy.returnHorizonMonths());
        LocalDate riskFrom = today.plusDays(policy.atRiskDays());
        record Ending(long id, LocalDate end, boolean atRisk) {
        }
        List<Ending> ending = new ArrayList<>();
        for (Object[] row : em.createQuery("select r.id, r.actualEnd, r.planned.endDate, rp.id from Rotation r"
                        + " left join r.returnPlacement rp where r.status in :awaiting and coalesce(r.actualEnd, r.planned.endDate) <= :horizon"
                        + " and (rp is null or rp.status = :reserved)", Object[].class)
                .setParameter("awaiting", RotationStatus.AWAITING_RETURN).setParameter("horizon", horizon)
                .setParameter("reserved", ReturnStatus.RESERVED).getResultList()) {
            LocalDate end = row[1] != null ? (LocalDate) row[1] : (LocalDate) row[2];
            ending.add(new Ending((Long) row[0], end, row[3] == null && !end.isAfter(riskFrom)));
        }
        ending.sort(Comparator.comparing((Ending row) -> !row.atRisk()).thenComparing(Ending::end).thenComparingLong(Ending::id));
        long atRisk = ending.stream().filter(Ending::atRisk).count();
        int from = (int) Math.min((long) page * size, ending.size());
        List<Long> ids = ending.subList(from, Math.min(ending.size(), from + size)).stream().map(Ending::id).toList();
        if (ids.isEmpty()) {
            return new ReturnsPage(List.of(), ending.size(), atRisk, page, size);
        }
        Map<Long, Rotation> byId = new HashMap<>();
        em.createQuery("select r from Rotation r join fetch r.staff join fetch r.pmo left join fetch r.returnPlacement rp"
                        + " left join fetch rp.project where r.id in :ids", Rotation.class)
                .setParameter("ids", ids).getResultList().forEach(rotation -> byId.put(rotation.getId(), rotation));
        List<Rotation> shown = ids.stream().map(byId::get).toList();
        LocalDate firstBack = shown.stream().map(Rotation::effectiveEnd).min(LocalDate::compareTo).orElse(today).plusDays(1);
        // The page names the projects of the best matches, not the people backfills replace.
        List<OpenRole> open = em.createQuery("select o from OpenRole o join fetch o.project p" + RUNNING_ON, OpenRole.class)
                .setParameter("open", OpenRoleStatus.OPEN).setParameter("day", firstBack).getResultList();
        Map<CareerLevel, List<OpenRole>> byLevel = new EnumMap<>(CareerLevel.class);
        for (CareerLevel level : CareerLevel.values()) {
            byLevel.put(level, open.stream().filter(role -> mayFit(role, level)).toList());
        }
        List<ReturnRow> rows = new ArrayList<>();
        for (Rotation rotation : shown) {
            boolean reserved = rotation.getReturnPlacement().isPresent();
            ReturnMatch.Returning person = ReturnMatch.Returning.from(rotation);
            ReturnMatch.Best best = reserved ? new ReturnMatch.Best(Optional.empty(), 0) : ReturnMatch.best(person, byLevel.get(person.level()));
            rows.add(new ReturnRow(rotation, best.match(), best.count(), !reserved && !rotation.effectiveEnd().isAfter(riskFrom)));
        }
        return new ReturnsPage(rows, ending.size(), atRisk, page, size);
    }

    /**
     * The matches of {@code person}, best first: the open roles still running on the day they
     * return, whose levels could fit them ({@link #mayFit}, here in the query), with their projects
     * and the people their backfills replace.
     */
    private List<ReturnMatch> of(ReturnMatch.Returning person) {
        int rank = person.level().rank();
        List<CareerLevel> minimums = Arrays.stream(CareerLevel.values()).filter(level -> level.rank() <= rank + 1).toList();
        List<CareerLevel> maximums = Arrays.stream(CareerLevel.values()).filter(level -> level.rank() >= rank).toList();
        List<OpenRole> open = em.createQuery("select o from OpenRole o join fetch o.project p left join fetch o.held h"
                        + " left join fetch h.staff" + RUNNING_ON + " and o.minLevel in :minimums and (o.maxLevel is null or o.maxLevel in :maximums)",
                        OpenRole.class)
                .setParameter("open", OpenRoleStatus.OPEN).setParameter("day", person.returnDay())
                .setParameter("minimums", minimums).setParameter("maximums", maximums).getResultList();
        return ReturnMatch.rank(person, open);
    }

    /** Open roles (o, of project p) still running on {@code :day}: their own end, and their project's, not before it. */
    private static final String RUNNING_ON = " where o.status = :open and (o.period.endDate is null or o.period.endDate >= :day)"
            + " and (p.period.endDate is null or p.period.endDate >= :day)";

    /**
     * Whether {@code role}'s levels could fit a person at {@code level}: its lowest at most one
     * above, its highest (if any) not below. Only narrows what the domain then ranks ({@link ReturnMatch}
     * decides); the query of {@link #of(ReturnMatch.Returning)} says the same.
     */
    private static boolean mayFit(OpenRole role, CareerLevel level) {
        return role.getMinLevel().rank() <= level.rank() + 1 && role.getMaxLevel().map(max -> max.rank() >= level.rank()).orElse(true);
    }
}
