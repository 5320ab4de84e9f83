package org.pmorotations.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report figures are computed from, in a few numbers read by one statement: for each
 * table they read, the number of rows, the sum of their ids and the sum of their versions. Two
 * equal fingerprints mean the figures computed from the data are equal, so {@link ReportCache}
 * can hand out figures computed earlier, on this instance, while several instances write to the
 * same database: the check is made against the database on every use, not against what this
 * instance happens to have written.
 *
 * <p>Why these three numbers see every change:
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
 * exactly to those removed. Whoever changes the tables by hand raises {@code version} too
 * ({@code UPDATE rotation SET ..., version = version + 1}), or restarts the instances.
 *
 * <p>The fingerprint is read before the figures: a change committed between the two makes the
 * figures newer than their fingerprint, which costs one more computation on the next read, never
 * stale figures.
 */
public record DataFingerprint(List<Long> values) {

    /** The tables the summary and the bench read (not project_role, project, the policy or the accounts). */
    public static final List<String> TABLES = List.of("rotation", "return_placement", "rotation_event", "staff", "level_change", "pmo");

    /** The one statement: a row per table of {@link #TABLES}, in that order, with its count, sum of ids and sum of versions. */
    public static final String SQL;

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
        List<Long> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                for (int column = 1; column <= 3; column++) {
                    values.add(result.getLong(column));
                }
            }
        }
        return new DataFingerprint(values);
    }
}
