package org.pmorotations.service.report;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pmorotations.service.shared.DatabaseMigrations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
        DatabaseMigrations.flyway("PostgreSQL").dataSource(url, USER, PASSWORD).schemas(SCHEMA).load().migrate();
        return DriverManager.getConnection(url, USER, PASSWORD);
    }

    @Override
    void dropSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    /** On PostgreSQL the fingerprint is the change counters the triggers of migration V5 keep. */
    @Test
    void theFingerprintCountsEveryChangeOfEachTableInTheTransactionOfTheChange() throws Exception {
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        try (Connection reader = DriverManager.getConnection(url, USER, PASSWORD);
             Connection writer = DriverManager.getConnection(url, USER, PASSWORD);
             Connection elsewhere = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement write = writer.createStatement(); Statement other = elsewhere.createStatement()) {
            DataFingerprint before = DataFingerprint.read(reader);
            assertEquals(DataFingerprint.TABLES.size(), before.values().size(), "one counter per table");
            for (String table : DataFingerprint.TABLES) {
                DataFingerprint was = DataFingerprint.read(reader);
                write.executeUpdate("UPDATE " + table + " SET version = version WHERE id < 0");
                assertNotEquals(was, DataFingerprint.read(reader), "a statement on " + table);
            }

            before = DataFingerprint.read(reader);
            write.executeUpdate("INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens)"
                    + " VALUES (1, 0, 'FP', 'Fingerprint PMO', 'DEPARTMENT', 1, 1, DATE '2020-01-01')");
            DataFingerprint inserted = DataFingerprint.read(reader);
            assertNotEquals(before, inserted, "an insert");
            write.executeUpdate("UPDATE pmo SET name = 'Renamed' WHERE id = 1");
            DataFingerprint renamed = DataFingerprint.read(reader);
            assertNotEquals(inserted, renamed, "an update that leaves the version as it was");

            writer.setAutoCommit(false);
            write.executeUpdate("DELETE FROM pmo WHERE id = 1");
            assertEquals(renamed, DataFingerprint.read(reader), "a change not yet committed is not seen");
            writer.rollback();
            assertEquals(renamed, DataFingerprint.read(reader), "a change rolled back takes its count back");
            write.executeUpdate("DELETE FROM pmo WHERE id = 1");
            writer.commit();
            assertNotEquals(renamed, DataFingerprint.read(reader), "a delete, once committed");

            before = DataFingerprint.read(reader);
            other.executeUpdate("UPDATE " + SCHEMA + ".staff SET version = version WHERE id < 0");
            assertNotEquals(before, DataFingerprint.read(reader), "a change made with another search path");
        }
    }
}
