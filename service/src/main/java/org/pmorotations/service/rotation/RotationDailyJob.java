package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.DailyJobRun;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.ReturnStatus;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;

import java.time.Clock;
import org.pmorotations.service.shared.Clocks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.service.shared.ServerStop;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The daily job of the design: starts approved rotations whose start has come, confirms return
 * placements whose start has come, completes active rotations whose end has passed and whose
 * return is confirmed, and flags the rest of the ended ones as overdue. Idempotent: each step
 * picks only what is still in the state it changes, so running it twice changes nothing more.
 * A singleton, so two runs never overlap in one server.
 * <p>
 * The automatic run of a day is one transaction with its {@link DailyJobRun} row: a run killed
 * half-way leaves nothing of itself, and the next start of the server does the day's run
 * ({@link DailyJobStartup}); a day whose row exists is not run again, whether by the timer after
 * that catch-up or by another server. No run starts while the server is stopping.
 */
@Singleton
public class RotationDailyJob {

    private static final Logger LOG = Logger.getLogger(RotationDailyJob.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditService audit;

    @Inject
    ServerStop server;

    @Inject
    ReturnFills returnFills;

    @Schedule(hour = "0", minute = "15", persistent = false, info = "rotation daily job")
    void daily() {
        runForToday();
    }

    /**
     * Today's automatic run, unless it was done or the server is stopping. Called by the timer and,
     * at start-up, by {@link DailyJobStartup}; not offered to users.
     *
     * @return what it did, or empty when it had not to run
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<DailyJobResult> runForToday() {
        LocalDate today = LocalDate.now(clock);
        if (server.isStopping()) {
            LOG.info(() -> "Daily job of " + today + " not started: the server is stopping");
            return Optional.empty();
        }
        if (em.find(DailyJobRun.class, today) != null) {
            LOG.fine(() -> "Daily job of " + today + " done already");
            return Optional.empty();
        }
        DailyJobResult result = run(today);
        em.persist(new DailyJobRun(today, Clocks.utc(clock), result.activated(), result.returnsConfirmed(),
                result.completed(), result.flaggedOverdue()));
        return Optional.of(result);
    }

    /**
     * Runs the job as of {@code today}; returns what it did. Offered to administrators ("run now"),
     * for any day: it is not the day's automatic run, which still runs.
     */
    @RolesAllowed({Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public DailyJobResult runAsAdministrator(LocalDate today) {
        return run(today);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    DailyJobResult run(LocalDate today) {
        Change change = Change.by(AuditService.SYSTEM, Clocks.utc(clock));
        int activated = 0;
        for (Rotation rotation : select("select r from Rotation r where r.status = :status and r.planned.startDate <= :today",
                RotationStatus.APPROVED, today)) {
            rotation.activate(change);
            activated++;
        }
        int confirmed = 0;
        for (Rotation rotation : em.createQuery("select r from Rotation r join r.returnPlacement p where r.status in :statuses"
                        + " and p.status = :reserved and p.startDate <= :today", Rotation.class)
                .setParameter("statuses", List.of(RotationStatus.ACTIVE, RotationStatus.CURTAILED))
                .setParameter("reserved", ReturnStatus.RESERVED).setParameter("today", today).getResultList()) {
            Change confirmation = Change.by(AuditService.SYSTEM, today.atTime(0, 15));
            rotation.confirmReturn(confirmation);
            returnFills.confirmed(rotation, confirmation);
            confirmed++;
        }
        int completed = 0;
        int flagged = 0;
        for (Rotation rotation : select("select r from Rotation r where r.status = :status and r.planned.endDate < :today",
                RotationStatus.ACTIVE, today)) {
            if (rotation.getReturnPlacement().map(ReturnPlacement::isConfirmed).orElse(false)) {
                rotation.complete(java.util.Map.of(), change);
                completed++;
            } else if (rotation.flagOverdue(change)) {
                flagged++;
            }
        }
        DailyJobResult result = new DailyJobResult(today, activated, confirmed, completed, flagged);
        if (result.changes() > 0) {
            audit.record("DAILY_JOB", RotationService.SUBJECT, null, null, result.toString());
        }
        LOG.info(result::toString);
        return result;
    }

    private List<Rotation> select(String query, RotationStatus status, LocalDate today) {
        return em.createQuery(query, Rotation.class).setParameter("status", status).setParameter("today", today).getResultList();
    }
}
