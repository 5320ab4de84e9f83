package org.pmorotations.service.security;

import org.pmorotations.domain.security.AuditEntry;
import org.pmorotations.domain.security.Role;

import org.pmorotations.service.shared.Clocks;
import org.pmorotations.service.shared.SqlTerms;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the audit log. Entries of a change join the change's transaction (no entry
 * for a change rolled back); sign-in entries have their own, so a refused sign-in is recorded too.
 */
@Stateless
public class AuditService {

    /** The actor of changes made by the application itself (start-up, timers). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    @Resource
    private SessionContext context;


    @PermitAll
    public void record(String action, String subjectType, String subjectKey, String before, String after) {
        em.persist(new AuditEntry(now(), currentActor(), action, subjectType, subjectKey, before, after));
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSeparately(String actor, String action, String subjectType, String subjectKey, String detail) {
        em.persist(new AuditEntry(now(), actor, action, subjectType, subjectKey, null, detail));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
    public List<AuditEntry> search(AuditFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(predicates(cb, entry, filter)).orderBy(cb.desc(entry.get("at")), cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> typed = em.createQuery(query).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max));
        return typed.getResultList();
    }

    /** The actions the log holds, in order: the choices of its filter. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
    public List<String> actions() {
        return List.copyOf(em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class).getResultList());
    }

    /** The kinds of subject the log holds, in order: the choices of its filter. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
    public List<String> subjectTypes() {
        return List.copyOf(em.createQuery("select distinct a.subjectType from AuditEntry a where a.subjectType is not null"
                + " order by a.subjectType", String.class).getResultList());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME})
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(predicates(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add(cb.like(cb.lower(entry.get("actor")), SqlTerms.containing(filter.actor()), '\\'));
        }
        if (filter.subjectKey() != null && !filter.subjectKey().isBlank()) {
            where.add(cb.like(cb.lower(entry.get("subjectKey")), SqlTerms.containing(filter.subjectKey()), '\\'));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add(cb.equal(entry.get("action"), filter.action()));
        }
        if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
            where.add(cb.equal(entry.get("subjectType"), filter.subjectType()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("at"), filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.get("at"), filter.to().plusDays(1).atStartOfDay()));
        }
        return where.toArray(Predicate[]::new);
    }

    private String currentActor() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }

    private LocalDateTime now() {
        return Clocks.utc(clock);
    }
}
