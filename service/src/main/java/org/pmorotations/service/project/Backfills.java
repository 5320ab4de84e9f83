package org.pmorotations.service.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.staff.Staff;
import org.pmorotations.service.security.AuditService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The hole a rotation leaves at home, kept in the transaction of the rotation's change: on
 * approval the person's project role that runs into the rotation ends the day before it and a
 * backfill opens on that project ({@link OpenRole#backfill}); a cancellation gives the role back and
 * withdraws the open backfill; a new start moves both. A person with no role running into the
 * rotation (between projects, or joining from elsewhere) leaves no backfill.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
public class Backfills {

    @PersistenceContext
    private EntityManager em;

    @Inject
    AuditService audit;

    /** On the approval of rotation {@code rotationId} of {@code person} starting on {@code start}. */
    public Optional<OpenRole> open(Staff person, long rotationId, LocalDate start, Change change) {
        if (!of(rotationId).isEmpty()) {
            return Optional.empty();
        }
        List<ProjectRole> runningInto = em.createQuery("select pr from ProjectRole pr join fetch pr.project where pr.staff = :person"
                        + " and pr.period.startDate < :start and (pr.period.endDate is null or pr.period.endDate >= :start)"
                        + " order by pr.period.startDate desc", ProjectRole.class)
                .setParameter("person", person).setParameter("start", start).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (runningInto.isEmpty()) {
            return Optional.empty();
        }
        ProjectRole held = runningInto.get(0);
        String before = held.getProject().getCode() + " " + held.getPeriod();
        OpenRole backfill = OpenRole.backfill(held, rotationId, start, change);
        em.persist(backfill);
        em.flush();
        audit.record("BACKFILL_OPENED", OpenRoleService.SUBJECT, String.valueOf(backfill.getId()), before,
                held.getProject().getCode() + " " + held.getPeriod() + "; backfill " + backfill.levels() + " " + backfill.getPeriod());
        return Optional.of(backfill);
    }

    /** On the cancellation of rotation {@code rotationId}: {@code change} has the cancellation's reason. */
    public void restore(long rotationId, Change change) {
        for (OpenRole backfill : of(rotationId)) {
            backfill.restore(change);
            audit.record("BACKFILL_RESTORED", OpenRoleService.SUBJECT, String.valueOf(backfill.getId()), null,
                    backfill.getHeld().map(held -> held.getProject().getCode() + " " + held.getPeriod()).orElse("") + "; backfill "
                            + backfill.getStatus().words());
        }
    }

    /** When rotation {@code rotationId} now starts on {@code start}. */
    public void move(long rotationId, LocalDate start, Change change) {
        for (OpenRole backfill : of(rotationId)) {
            backfill.move(start, change);
            audit.record("BACKFILL_MOVED", OpenRoleService.SUBJECT, String.valueOf(backfill.getId()), null,
                    backfill.getPeriod() + ", " + backfill.getStatus().words());
        }
    }

    /** The backfills of a rotation (one at most, today), locked. */
    private List<OpenRole> of(long rotationId) {
        return em.createQuery("select o from OpenRole o where o.backfillFor = :rotation", OpenRole.class)
                .setParameter("rotation", rotationId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
