package org.pmorotations.service.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;

/**
 * Writes the demo organisation in one transaction: all of it or, on any failure, nothing.
 */
@Stateless
public class DemoDataLoader {

    /** The same seed gives the same organisation for a given day. */
    static final long SEED = 20_261_125L;

    @PersistenceContext
    private EntityManager em;

    public boolean isDatabaseEmpty() {
        return em.createNamedQuery(Staff.COUNT_ALL, Long.class).getSingleResult() == 0
                && em.createNamedQuery(Pmo.COUNT_ALL, Long.class).getSingleResult() == 0;
    }

    /**
     * Loads the organisation unless the database already holds staff or PMOs.
     *
     * @return a summary of what was loaded, or empty if nothing was
     */
    public java.util.Optional<String> loadIfEmpty(LocalDate today) {
        if (!isDatabaseEmpty()) {
            return java.util.Optional.empty();
        }
        DemoOrganisation organisation = new DemoOrganisation(SEED, today);
        organisation.projects.forEach(em::persist);
        organisation.pmos.forEach(em::persist);
        organisation.staff.forEach(em::persist);
        organisation.roles.forEach(em::persist);
        organisation.openRoles().forEach(em::persist);
        organisation.rotations.forEach(em::persist);
        // Persisting gave the rotations their ids, which their backfills name; written first, as a
        // backfill's rotation is a plain id (no relation tells the order of the inserts).
        em.flush();
        var backfills = organisation.backfills(Rotation::getId);
        backfills.forEach(em::persist);
        em.flush();
        return java.util.Optional.of(organisation.staff.size() + " staff, " + organisation.pmos.size() + " PMOs, "
                + organisation.projects.size() + " projects, " + organisation.roles.size() + " project roles, "
                + organisation.rotations.size() + " rotations, " + (organisation.openRoles().size() + backfills.size())
                + " open roles (" + backfills.size() + " backfills)");
    }
}
