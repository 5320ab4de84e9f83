package org.pmorotations.report;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.pmorotations.rotation.PolicyService;
import org.pmorotations.security.Role;
import org.pmorotations.shared.DatabaseMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The report figures for leaders and PMO managers, computed by the database ({@link ReportQueries}).
 * Read-only; STAFF users get none of it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
public class ReportService {

    /** The most rows of each at-risk list a page shows; the counts give the total. */
    public static final int MAX_RISK_ROWS = 500;
    /** The most rows of each at-risk list a download holds: far more than a page shows, still bounded. */
    public static final int MAX_EXPORT_ROWS = 20_000;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    PolicyService policies;

    /** The figures as of {@code asOf} (today when null), restricted by {@code filter} (all when null). */
    public ReportSummary summary(LocalDate asOf, ReportFilter filter) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        int atRiskDays = policies.current().atRiskDays();
        try (Connection connection = dataSource.getConnection()) {
            return new ReportQueries(connection).summary(day, filter, atRiskDays);
        } catch (SQLException e) {
            throw new IllegalStateException("The report figures could not be read: " + e.getMessage(), e);
        }
    }

    /** The filter choices: every PMO's code and every department of the staff, in order. */
    public ReportChoices choices() {
        try (Connection connection = dataSource.getConnection()) {
            ReportQueries queries = new ReportQueries(connection);
            return new ReportChoices(queries.pmoCodes(), queries.departments());
        } catch (SQLException e) {
            throw new IllegalStateException("The report filters could not be read: " + e.getMessage(), e);
        }
    }

    /** The rotations at risk, staying past 24 months and overdue as of {@code asOf} (today when null). */
    public RiskLists risks(LocalDate asOf, ReportFilter filter) {
        return risks(asOf, filter, MAX_RISK_ROWS);
    }

    /** As {@link #risks(LocalDate, ReportFilter)}, each list cut at {@code limit} rows (at most {@link #MAX_EXPORT_ROWS}). */
    public RiskLists risks(LocalDate asOf, ReportFilter filter, int limit) {
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        int atRiskDays = policies.current().atRiskDays();
        try (Connection connection = dataSource.getConnection()) {
            return new ReportQueries(connection).riskLists(day, filter, atRiskDays, Math.max(1, Math.min(limit, MAX_EXPORT_ROWS)));
        } catch (SQLException e) {
            throw new IllegalStateException("The at-risk lists could not be read: " + e.getMessage(), e);
        }
    }
}
