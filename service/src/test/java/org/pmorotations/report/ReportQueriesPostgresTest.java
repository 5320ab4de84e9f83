package org.pmorotations.report;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The same report figures on PostgreSQL, in a schema of its own ({@code report_test} unless {@code report.pgSchema} says otherwise, dropped and
 * created by each test), when a server is reachable: by default
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}; override with the system
 * properties {@code report.pgUrl}, {@code report.pgUser}, {@code report.pgPassword}. Without a
 * server the tests are skipped, with the reason printed, never counted as passed; with
 * {@code -Dreport.pgRequired=true} (as CI runs them) a missing server fails them instead.
 */
class ReportQueriesPostgresTest extends ReportQueriesContract {

    /** Another schema with {@code -Dreport.pgSchema=...}, so that two builds on one server do not share one. */
    static final String SCHEMA = System.getProperty("report.pgSchema", "report_test");

    private static final String URL = System.getProperty("report.pgUrl", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("report.pgUser", "postgres");
    private static final String PASSWORD = System.getProperty("report.pgPassword", "");
    private static final boolean REQUIRED = Boolean.getBoolean("report.pgRequired");

    @Override
    Connection openMigratedSchema() throws Exception {
        Connection admin;
        try {
            admin = DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException unreachable) {
            String reason = "PostgreSQL not reachable at " + URL + " as " + USER + ": " + unreachable.getMessage()
                    + "; the PostgreSQL variant of the report tests is skipped";
            if (REQUIRED) {
                throw new IllegalStateException(reason.replace("is skipped", "cannot run, and report.pgRequired is set"), unreachable);
            }
            System.out.println(reason);
            Assumptions.abort(reason);
            throw unreachable;
        }
        try (admin; Statement statement = admin.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        Flyway.configure(getClass().getClassLoader()).dataSource(url, USER, PASSWORD).schemas(SCHEMA)
                .locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    @Override
    void dropSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }
}
