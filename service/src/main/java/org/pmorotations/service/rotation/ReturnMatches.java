package org.pmorotations.service.rotation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
import java.util.List;

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
     * The returns page: every rotation awaiting its return whose end is within the policy's
     * {@code returnHorizonMonths} of {@code today} (those already past their end among them), with
     * its best match; at risk first (no return reserved and ending within the at-risk days), then
     * by end. Two statements whatever the number of rotations and open roles: the rotations with
     * their people, PMOs and returns, and every open role still running on the first of their
     * return days; each rotation is then ranked against those.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<ReturnRow> returns(LocalDate today) {
        Policy policy = policies.current();
        LocalDate horizon = today.plusMonths(policy.returnHorizonMonths());
        List<Rotation> ending = em.createQuery("select r from Rotation r join fetch r.staff join fetch r.pmo"
                        + " left join fetch r.returnPlacement rp left join fetch rp.project where r.status in :awaiting"
                        + " and coalesce(r.actualEnd, r.planned.endDate) <= :horizon and (rp is null or rp.status = :reserved)", Rotation.class)
                .setParameter("awaiting", RotationStatus.AWAITING_RETURN).setParameter("horizon", horizon)
                .setParameter("reserved", ReturnStatus.RESERVED).getResultList();
        LocalDate firstBack = ending.stream().map(Rotation::effectiveEnd).min(LocalDate::compareTo).orElse(today).plusDays(1);
        List<OpenRole> open = runningOn(firstBack, "").getResultList();
        LocalDate riskFrom = today.plusDays(policy.atRiskDays());
        List<ReturnRow> rows = new ArrayList<>();
        for (Rotation rotation : ending) {
            boolean reserved = rotation.getReturnPlacement().isPresent();
            List<ReturnMatch> matches = reserved ? List.of() : ReturnMatch.rank(ReturnMatch.Returning.from(rotation), open);
            rows.add(new ReturnRow(rotation, matches.stream().findFirst(), matches.size(),
                    !reserved && !rotation.effectiveEnd().isAfter(riskFrom)));
        }
        rows.sort(Comparator.comparing((ReturnRow row) -> !row.atRisk()).thenComparing(row -> row.rotation().effectiveEnd())
                .thenComparing(row -> row.rotation().getId()));
        return rows;
    }

    /** The matches of {@code person}, best first. */
    private List<ReturnMatch> of(ReturnMatch.Returning person) {
        int rank = person.level().rank();
        List<CareerLevel> minimums = Arrays.stream(CareerLevel.values()).filter(level -> level.rank() <= rank + 1).toList();
        List<CareerLevel> maximums = Arrays.stream(CareerLevel.values()).filter(level -> level.rank() >= rank).toList();
        List<OpenRole> open = runningOn(person.returnDay(), " and o.minLevel in :minimums and (o.maxLevel is null or o.maxLevel in :maximums)")
                .setParameter("minimums", minimums).setParameter("maximums", maximums).getResultList();
        return ReturnMatch.rank(person, open);
    }

    /**
     * The open roles still running on {@code day} (their own end, and their project's, not before
     * it), with their projects and the people their backfills replace; {@code more} narrows it.
     */
    private TypedQuery<OpenRole> runningOn(LocalDate day, String more) {
        return em.createQuery("select o from OpenRole o join fetch o.project p left join fetch o.held h left join fetch h.staff"
                        + " where o.status = :open and (o.period.endDate is null or o.period.endDate >= :day)"
                        + " and (p.period.endDate is null or p.period.endDate >= :day)" + more, OpenRole.class)
                .setParameter("open", OpenRoleStatus.OPEN).setParameter("day", day);
    }
}
