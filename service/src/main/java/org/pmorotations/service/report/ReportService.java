package org.pmorotations.service.report;

import java.time.Clock;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.service.rotation.PolicyService;
import org.pmorotations.domain.security.Role;
import org.pmorotations.service.shared.DatabaseMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

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

    /** The most rows of a rotation list one page shows. */
    public static final int MAX_LIST_ROWS = 200;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    PolicyService policies;

    @Inject
    ReportCache cache;

    @Inject
    Clock clock;

    /**
     * The figures as of {@code asOf} (today when null), restricted by {@code filter} (all when null):
     * computed again only when the data changed since they were last computed ({@link ReportCache}).
     */
    public ReportSummary summary(LocalDate asOf, ReportFilter filter) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        int atRiskDays = policies.current().atRiskDays();
        try (Connection connection = dataSource.getConnection()) {
            return cache.summary(connection, day, filter, atRiskDays);
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
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        int atRiskDays = policies.current().atRiskDays();
        try (Connection connection = dataSource.getConnection()) {
            return new ReportQueries(connection).riskLists(day, filter, atRiskDays, Math.max(1, Math.min(limit, MAX_EXPORT_ROWS)));
        } catch (SQLException e) {
            throw new IllegalStateException("The at-risk lists could not be read: " + e.getMessage(), e);
        }
    }

    /** The rows each list of the work queue shows; its counts give the total. */
    public static final int QUEUE_ROWS = 10;

    /** What PMO managers have to act on today ({@link WorkQueue}), each list cut at {@link #QUEUE_ROWS}. */
    public WorkQueue workQueue() {
        LocalDate day = LocalDate.now(clock);
        int atRiskDays = policies.current().atRiskDays();
        try (Connection connection = dataSource.getConnection()) {
            return new ReportQueries(connection).workQueue(day, atRiskDays, QUEUE_ROWS);
        } catch (SQLException e) {
            throw new IllegalStateException("The work queue could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * The bench as of {@code asOf} (today when null): see {@link ReportQueries#bench} for the rules
     * applied; computed again only when the data or the policy changed ({@link ReportCache}).
     */
    public Bench bench(LocalDate asOf, ReportFilter filter) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        Policy policy = policies.current();
        try (Connection connection = dataSource.getConnection()) {
            return cache.bench(connection, day, filter, policy);
        } catch (SQLException e) {
            throw new IllegalStateException("The bench could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * One page of the rotations behind a figure. Only the roles that read every rotation may call
     * it (the class says so), so there is no row of anybody's to hide: STAFF users list their own
     * rotations through {@link org.pmorotations.service.rotation.RotationSearch}.
     */
    public RotationListPage rotations(RotationListQuery query) {
        query.check();
        int atRiskDays = policies.current().atRiskDays();
        try (Connection connection = dataSource.getConnection()) {
            return new ReportQueries(connection).rotationList(query, atRiskDays, LocalDate.now(clock));
        } catch (SQLException e) {
            throw new IllegalStateException("The rotations could not be read: " + e.getMessage(), e);
        }
    }

    /** One page of the rotations behind a figure, without the count (see {@link #rotationCount}). */
    public List<RotationListRow> rotationRows(RotationListQuery query) {
        query.check();
        int atRiskDays = policies.current().atRiskDays();
        try (Connection connection = dataSource.getConnection()) {
            return new ReportQueries(connection).rotationRows(query, atRiskDays, LocalDate.now(clock));
        } catch (SQLException e) {
            throw new IllegalStateException("The rotations could not be read: " + e.getMessage(), e);
        }
    }

    /** How many rotations the list behind a figure has in all (its page and sort aside). */
    public long rotationCount(RotationListQuery query) {
        query.check();
        int atRiskDays = policies.current().atRiskDays();
        try (Connection connection = dataSource.getConnection()) {
            return new ReportQueries(connection).rotationCount(query, atRiskDays, LocalDate.now(clock));
        } catch (SQLException e) {
            throw new IllegalStateException("The rotations could not be counted: " + e.getMessage(), e);
        }
    }
}
