package org.pmorotations.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC to the database the deployed application writes (the H2 file through its
 * automatic server, or the PostgreSQL schema): the tests' independent view of what is stored.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.dbUrl"),
                System.getProperty("it.dbUser"), System.getProperty("it.dbPassword", ""));
    }

    public static String kind() {
        return System.getProperty("it.database", "h2");
    }

    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect()) {
            return count(connection, sql, parameters);
        }
    }

    /** The same on a connection the caller holds open: for a test that reads many times in a loop. */
    public static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    public static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** The counts of the home page, computed here by SQL, independently of the application. */
    public record HomeCounts(long staff, long openPmos, long activeRotations, long endingSoon) {

        public static HomeCounts read(java.time.LocalDate today) throws SQLException {
            return new HomeCounts(
                    count("SELECT COUNT(*) FROM staff"),
                    count("SELECT COUNT(*) FROM pmo WHERE opens <= ? AND (closes IS NULL OR closes >= ?)", today, today),
                    // holding a seat today: approved or later, started, not ended before today (an overdue one still holds it)
                    count("SELECT COUNT(*) FROM rotation WHERE status IN ('APPROVED', 'ACTIVE', 'COMPLETED', 'CURTAILED')"
                            + " AND start_date <= ? AND (actual_end >= ? OR (actual_end IS NULL AND (planned_end >= ? OR status = 'ACTIVE')))",
                            today, today, today),
                    // ending, on the actual last day or the planned one, within 90 days
                    count("SELECT COUNT(*) FROM rotation WHERE status IN ('APPROVED', 'ACTIVE', 'COMPLETED', 'CURTAILED')"
                            + " AND COALESCE(actual_end, planned_end) BETWEEN ? AND ?", today, today.plusDays(90)));
        }
    }
}
