package org.pmorotations.service.report;

import org.pmorotations.service.shared.DatabaseMigrations;
import org.pmorotations.service.shared.SqlStatementCount;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report figures are computed from, in a few numbers read by one statement. Two equal
 * fingerprints mean the figures computed from the data are equal, so {@link ReportCache} can hand
 * out figures computed earlier, on this instance, while several instances write to the same
 * database: the check is made against the database on every use, not against what this instance
 * happens to have written.
 *
 * <p><b>On PostgreSQL</b> the fingerprint is the counters of table {@code data_change}
 * (migrations {@code db/postgresql/V5} and {@code V11}): a statement trigger on each table the figures read adds
 * one to its counter in the transaction of every INSERT, UPDATE, DELETE or TRUNCATE, whoever
 * runs it, the application or someone in SQL. Reading them costs the same whatever the size of
 * the data.
 *
 * <p><b>On H2</b> (embedded, one instance) it is, for each table, the number of rows, the sum of
 * their ids and the sum of their versions; H2 answers it from its result cache while the tables
 * are unchanged. Why these three numbers see every change the application makes:
 * <ul>
 *   <li>an insert raises the count; a delete lowers it;</li>
 *   <li>an update raises the version: every table here has a {@code version} column and every
 *       entity keeps it with {@code @Version} (EclipseLink adds one on each UPDATE of the row,
 *       including a changed foreign key such as a rotation's return placement). No code of the
 *       application writes these tables past JPA: the only native writes are the policy's
 *       ({@code policy_setting}, which is not read here: the policy's values are part of the
 *       cache's key) and the large organisation's generator, which inserts into an empty
 *       database;</li>
 *   <li>a delete and an insert in the same transaction (a reserved return replaced: the old
 *       placement is removed as an orphan, a new one inserted) keep the count but change the sum
 *       of ids, since ids come from one sequence and are never reused.</li>
 * </ul>
 * What it does not see: a row changed by hand (SQL outside the application) without raising its
 * version, and, in theory, several deletes and inserts in one window whose ids and versions add up
 * exactly to those removed. Whoever changes the tables of an H2 database by hand raises
 * {@code version} too ({@code UPDATE rotation SET ..., version = version + 1}), or restarts the
 * application.
 *
 * <p>The fingerprint is read before the figures: a change committed between the two makes the
 * figures newer than their fingerprint, which costs one more computation on the next read, never
 * stale figures.
 */
public record DataFingerprint(List<Long> values) {

    /** The tables the summary and the bench read (not the policy or the accounts), the way back's open roles, projects and roles included. */
    public static final List<String> TABLES = List.of("rotation", "return_placement", "rotation_event", "staff", "level_change", "pmo",
            "open_role", "project", "project_role");

    /** The H2 statement: a row per table of {@link #TABLES}, in that order, with its count, sum of ids and sum of versions. */
    public static final String SQL;

    /** The PostgreSQL statement: the change counter of each table of {@link #TABLES}, in the order of their names. */
    public static final String COUNTERS_SQL = "SELECT changes FROM data_change ORDER BY table_name";

    static {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT ").append(i)
                    .append(" AS t, COUNT(*) AS n, COALESCE(SUM(id), 0) AS ids, COALESCE(SUM(version), 0) AS versions FROM ")
                    .append(TABLES.get(i));
        }
        SQL = "SELECT f.n, f.ids, f.versions FROM (" + sql + ") f ORDER BY f.t";
    }

    public DataFingerprint {
        values = List.copyOf(values);
    }

    /** The fingerprint of the data as {@code connection} sees it now: one statement. */
    public static DataFingerprint read(Connection connection) throws SQLException {
        boolean counters = DatabaseMigrations.isPostgreSql(connection.getMetaData().getDatabaseProductName());
        List<Long> values = new ArrayList<>();
        SqlStatementCount.sentByJdbc();
        try (PreparedStatement statement = connection.prepareStatement(counters ? COUNTERS_SQL : SQL);
             ResultSet result = statement.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getLong(column));
                }
            }
        }
        if (counters && values.size() != TABLES.size()) {
            throw new SQLException("Table data_change holds " + values.size() + " counters instead of " + TABLES.size()
                    + " (one per table of " + TABLES + "): the report figures cannot tell whether the data changed");
        }
        return new DataFingerprint(values);
    }
}
