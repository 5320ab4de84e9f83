package org.pmorotations.service.pmo;

import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.Seats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.domain.shared.DuplicateException;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.shared.Period;

import java.util.List;
import java.util.Map;

/** PMOs: read by every role that reads everything; created and changed by PMO managers and administrators. */
@Stateless
public class PmoService {

    public static final String SUBJECT = "PMO";

    @PersistenceContext
    private EntityManager em;

    @Inject
    AuditService audit;

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<Pmo> list() {
        return em.createNamedQuery(Pmo.FIND_ALL, Pmo.class).getResultList();
    }

    /**
     * Seats taken today: the active rotations per PMO (by code) and role, counted by one grouped
     * query for all PMOs. A PMO or role without any is absent.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public Map<String, Map<PmoRole, Long>> occupancy() {
        Map<String, Map<PmoRole, Long>> taken = new java.util.HashMap<>();
        em.createQuery("select p.code, r.role, count(r) from org.pmorotations.domain.rotation.Rotation r join r.pmo p"
                        + " where r.status = org.pmorotations.domain.rotation.RotationStatus.ACTIVE group by p.code, r.role", Object[].class)
                .getResultList()
                .forEach(row -> taken.computeIfAbsent((String) row[0], code -> new java.util.EnumMap<>(PmoRole.class))
                        .put((PmoRole) row[1], ((Number) row[2]).longValue()));
        return taken;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public Pmo get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("There is no PMO " + code + "."));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Pmo create(PmoInput input) {
        require(input);
        Pmo pmo = new Pmo(input.code(), input.name(), input.tier(), seats(input.seats()), period(input));
        if (find(pmo.getCode()).isPresent()) {
            throw new DuplicateException("code", "A PMO " + pmo.getCode() + " exists already.");
        }
        em.persist(pmo);
        em.flush();
        audit.record("PMO_CREATED", SUBJECT, pmo.getCode(), null, describe(pmo));
        return pmo;
    }

    /** Changes name, tier-independent seats and active period; a stale {@code version} is a conflict and changes nothing. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Pmo update(String code, PmoInput input) {
        require(input);
        Pmo pmo = get(code);
        pmo.requireVersion(input.version(), pmo.getName());
        if (input.tier() != pmo.getTier()) {
            throw new InvalidValueException("tier", "The tier of a PMO does not change; open a new PMO instead.");
        }
        String before = describe(pmo);
        pmo.rename(input.name());
        pmo.changeSeats(seats(input.seats()));
        pmo.changeActivePeriod(period(input));
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new StaleVersionException("Someone changed " + pmo.getName() + " at the same moment. Read it again.");
        }
        audit.record("PMO_UPDATED", SUBJECT, pmo.getCode(), before, describe(pmo));
        return pmo;
    }

    private java.util.Optional<Pmo> find(String code) {
        return Pmo.findByCode(em, code);
    }

    private static void require(PmoInput input) {
        if (input == null) {
            throw new InvalidValueException("body", "The PMO is missing.");
        }
        if (input.tier() == null) {
            throw new InvalidValueException("tier", "The tier is required (PROGRAM, DEPARTMENT or ENTERPRISE).");
        }
        if (input.opens() == null) {
            throw new InvalidValueException("opens", "The date the PMO opens is required.");
        }
    }

    private static Seats seats(Map<String, Integer> seats) {
        if (seats == null) {
            throw new InvalidValueException("seats", "The seats per PMO role are required: {\"PMO_ANALYST\": n, \"PMO_MANAGER\": n}.");
        }
        for (String role : seats.keySet()) {
            if (!role.equals(PmoRole.PMO_ANALYST.name()) && !role.equals(PmoRole.PMO_MANAGER.name())) {
                throw new InvalidValueException("seats", "Seats are counted for PMO_ANALYST and PMO_MANAGER, not " + role + ".");
            }
        }
        return Seats.of(seats.getOrDefault(PmoRole.PMO_ANALYST.name(), 0), seats.getOrDefault(PmoRole.PMO_MANAGER.name(), 0));
    }

    private static Period period(PmoInput input) {
        return input.closes() == null ? Period.from(input.opens()) : Period.of(input.opens(), input.closes());
    }

    private static String describe(Pmo pmo) {
        return pmo.getName() + ", " + pmo.getTier() + ", " + pmo.getSeats() + ", open " + pmo.getActivePeriod();
    }
}
