package org.pmorotations.service.overview;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.staff.Staff;
import org.pmorotations.service.report.ReportFilter;
import org.pmorotations.service.report.ReportQueries;
import org.pmorotations.service.shared.DatabaseMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Reads the home page's counts: four aggregate queries, whatever the size of the data. The
 * rotations are counted by the report queries' own definitions, so that the Overview, the
 * dashboard, the exports and the API never disagree on "active" or "ending soon".
 */
@Stateless
public class OverviewService {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    public Overview today() {
        return asOf(LocalDate.now(clock));
    }

    public Overview asOf(LocalDate day) {
        long staff = count(em.createNamedQuery(Staff.COUNT_ALL, Long.class).getSingleResult());
        long pmos = count(em.createNamedQuery(Pmo.COUNT_OPEN_ON, Long.class)
                .setParameter("day", day).getSingleResult());
        try (Connection connection = dataSource.getConnection()) {
            ReportQueries queries = new ReportQueries(connection);
            return new Overview(day, staff, pmos, queries.activeRotations(day, ReportFilter.NONE),
                    queries.endingWithin(day, Overview.ENDING_WITHIN_DAYS, ReportFilter.NONE));
        } catch (SQLException e) {
            throw new IllegalStateException("The rotations of the Overview could not be counted: " + e.getMessage(), e);
        }
    }

    private static long count(Long value) {
        return value == null ? 0 : value;
    }
}
