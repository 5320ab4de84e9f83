package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.pmorotations.service.security.Caller;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.EmployeeNumber;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists rotations by status, PMO, person and period, paged by the database. A STAFF-only user
 * lists their own rotations and nobody else's.
 *
 * <p>Each page costs a fixed number of statements: the count, the rotations with their person
 * and PMO, and one batch each for the objectives and the return placements of the whole page.
 */
@Stateless
public class RotationSearch {

    public static final int MAX_PAGE_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    Caller caller;

    /**
     * @param status         the state, or null for all
     * @param pmoCode        the PMO's code, or null for all
     * @param employeeNumber the person, or null for all (required to be the caller's own for STAFF users)
     * @param from           with {@code to}: rotations whose period overlaps [from, to]; either may be null
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
    public RotationPage search(RotationStatus status, String pmoCode, String employeeNumber, LocalDate from, LocalDate to,
                               int page, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", "The period ends (" + to + ") before it starts (" + from + ").");
        }
        String person = employeeNumber == null || employeeNumber.isBlank() ? null : EmployeeNumber.of(employeeNumber).value();
        if (!caller.readsEveryone()) {
            String own = caller.ownEmployeeNumber().orElseThrow(() -> new EJBAccessException("This account is linked to no staff member."));
            if (person != null && !person.equals(own)) {
                throw new EJBAccessException("A staff member lists only their own rotations.");
            }
            person = own;
        }
        // Conditions only for the filters given: PostgreSQL cannot type a null parameter.
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and r.status = :status");
            parameters.put("status", status);
        }
        if (pmoCode != null && !pmoCode.isBlank()) {
            where.append(" and r.pmo.code = :pmo");
            parameters.put("pmo", pmoCode.strip().toUpperCase(Locale.ROOT));
        }
        if (person != null) {
            where.append(" and r.staff.employeeNumber.value = :person");
            parameters.put("person", person);
        }
        if (to != null) {
            where.append(" and r.planned.startDate <= :to");
            parameters.put("to", to);
        }
        if (from != null) {
            where.append(" and coalesce(r.actualEnd, r.planned.endDate) >= :from");
            parameters.put("from", from);
        }
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        TypedQuery<Rotation> rows = em.createQuery("select r from Rotation r join fetch r.staff join fetch r.pmo" + where
                        + " order by r.planned.startDate, r.id", Rotation.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.objectives")
                .setHint("eclipselink.batch", "r.returnPlacement")
                .setHint("eclipselink.batch", "r.returnPlacement.project");
        TypedQuery<Long> count = em.createQuery("select count(r) from Rotation r" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Rotation> items = rows.setFirstResult(Math.max(page, 0) * pageSize).setMaxResults(pageSize).getResultList();
        items.forEach(rotation -> {
            rotation.getObjectives().size();
            rotation.getReturnPlacement().ifPresent(placement -> placement.getProject().getCode());
        });
        return new RotationPage(items, count.getSingleResult());
    }
}
