package org.pmorotations.service.overview;

import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.staff.Staff;

import java.time.Clock;
import java.time.LocalDate;

/** Reads the home page's counts: four aggregate queries, whatever the size of the data. */
@Stateless
public class OverviewService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    public Overview today() {
        return asOf(LocalDate.now(clock));
    }

    public Overview asOf(LocalDate day) {
        long staff = count(em.createNamedQuery(Staff.COUNT_ALL, Long.class).getSingleResult());
        long pmos = count(em.createNamedQuery(Pmo.COUNT_OPEN_ON, Long.class)
                .setParameter("day", day).getSingleResult());
        long active = count(em.createNamedQuery(Rotation.COUNT_BY_STATUS, Long.class)
                .setParameter("status", RotationStatus.ACTIVE).getSingleResult());
        long endingSoon = count(em.createNamedQuery(Rotation.COUNT_BY_STATUS_ENDING_BETWEEN, Long.class)
                .setParameter("status", RotationStatus.ACTIVE)
                .setParameter("from", day)
                .setParameter("to", day.plusDays(Overview.ENDING_WITHIN_DAYS))
                .getSingleResult());
        return new Overview(day, staff, pmos, active, endingSoon);
    }

    private static long count(Long value) {
        return value == null ? 0 : value;
    }
}
