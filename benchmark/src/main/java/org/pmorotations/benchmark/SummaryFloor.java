package org.pmorotations.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of {@code GET /api/v1/reports/summary}: the same figures (the definitions of the
 * application's ReportQueries, unfiltered) computed by one hand-written SQL statement, in one round
 * trip, with seat fill as one join and grouping instead of a count per PMO, role and day. What the
 * application costs above it is its own: statements, connection handling, JSON.
 *
 * <p>One row per figure: {@code section, k1, k2, v1..v4}. Portable to H2 2.x and PostgreSQL.
 */
final class SummaryFloor {

    private static final String HELD = "r.status IN ('APPROVED', 'ACTIVE', 'COMPLETED', 'CURTAILED')";
    private static final String STARTED = "r.status IN ('ACTIVE', 'COMPLETED', 'CURTAILED')";
    private static final String ENDED = "r.status IN ('COMPLETED', 'CURTAILED')";
    private static final String END = "COALESCE(r.actual_end, r.planned_end)";
    private static final String DAYS_BACK = "CAST(rp.start_date - r.actual_end AS INTEGER)";
    private static final String RANK = "CASE %s WHEN 'PROJECT_COORDINATOR' THEN 1 WHEN 'PROJECT_MANAGER' THEN 2"
            + " WHEN 'SENIOR_PROJECT_MANAGER' THEN 3 WHEN 'PROGRAM_MANAGER' THEN 4 WHEN 'PORTFOLIO_MANAGER' THEN 5 END";

    private SummaryFloor() {
    }

    static String sql(LocalDate asOf) {
        String d = date(asOf);
        LocalDate quarter = LocalDate.of(asOf.getYear(), (asOf.getMonthValue() - 1) / 3 * 3 + 1, 1);
        List<String> days = new ArrayList<>(List.of("SELECT " + d + " AS fill_day"));
        for (int i = 1; i <= 4; i++) {
            days.add("SELECT " + date(quarter.plusMonths(3L * i)));
        }
        String holdsOn = HELD + " AND r.start_date <= %1$s AND (r.actual_end >= %1$s OR (r.actual_end IS NULL AND"
                + " (r.planned_end >= %1$s OR (r.status = 'ACTIVE' AND r.planned_end < " + d + "))))";
        String firstQuarter = date(quarter.plusMonths(3).minusMonths(3L * 12));
        StringBuilder sql = new StringBuilder();
        sql.append("WITH days AS (").append(String.join(" UNION ALL ", days)).append("),")
                .append(" roles AS (SELECT 'PMO_ANALYST' AS role UNION ALL SELECT 'PMO_MANAGER'),")
                .append(" fill AS (SELECT d.fill_day, p.tier, p.code, ro.role,")
                .append(" CASE ro.role WHEN 'PMO_ANALYST' THEN p.analyst_seats ELSE p.manager_seats END AS seats, COUNT(r.id) AS filled")
                .append(" FROM days d CROSS JOIN roles ro JOIN pmo p ON p.opens <= d.fill_day AND (p.closes IS NULL OR p.closes >= d.fill_day)")
                .append(" LEFT JOIN rotation r ON r.pmo_id = p.id AND r.pmo_role = ro.role AND ").append(String.format(holdsOn, "d.fill_day"))
                .append(" GROUP BY d.fill_day, p.tier, p.code, ro.role, p.analyst_seats, p.manager_seats),")
                .append(" returned AS (SELECT r.id, r.status, r.start_date, r.actual_end, s.id AS staff_id, s.active,")
                .append(" rp.start_date AS return_start, rp.reserved_on, rp.career_level AS return_level")
                .append(" FROM rotation r JOIN staff s ON s.id = r.staff_id JOIN return_placement rp ON rp.id = r.return_placement_id")
                .append(" WHERE ").append(ENDED).append(" AND r.actual_end <= ").append(d).append(")");
        List<String> parts = new ArrayList<>();
        parts.add("SELECT CAST('FILL_PMO' AS VARCHAR(40)) AS section, CAST(CAST(f.fill_day AS VARCHAR(10)) || ' ' || f.code AS VARCHAR(60)) AS k1,"
                + " CAST(f.role AS VARCHAR(40)) AS k2, CAST(f.seats AS DOUBLE PRECISION) AS v1, CAST(f.filled AS DOUBLE PRECISION) AS v2,"
                + " CAST(CASE WHEN f.seats > f.filled THEN f.seats - f.filled ELSE 0 END AS DOUBLE PRECISION) AS v3,"
                + " CAST(NULL AS DOUBLE PRECISION) AS v4 FROM fill f");
        parts.add("SELECT 'FILL_TIER', CAST(f.fill_day AS VARCHAR(10)), f.tier, SUM(f.seats), SUM(f.filled),"
                + " SUM(CASE WHEN f.seats > f.filled THEN f.seats - f.filled ELSE 0 END), NULL FROM fill f GROUP BY f.fill_day, f.tier");
        parts.add("SELECT 'ACTIVE', NULL, NULL, COUNT(*), NULL, NULL, NULL FROM rotation r WHERE " + String.format(holdsOn, d));
        parts.add("SELECT 'PIPELINE', NULL, NULL,"
                + " (SELECT COUNT(*) FROM rotation r WHERE " + HELD + " AND r.start_date > " + d + " AND r.start_date <= " + plusDays(asOf, 90) + "),"
                + " (SELECT COUNT(*) FROM rotation r WHERE " + HELD + " AND " + END + " >= " + d + " AND " + END + " <= " + plusDays(asOf, 90) + "),"
                + " (SELECT COALESCE(SUM(CASE WHEN f.seats > f.filled THEN f.seats - f.filled ELSE 0 END), 0) FROM fill f WHERE f.fill_day = " + d + "),"
                + " NULL FROM days WHERE fill_day = " + d);
        parts.add("SELECT 'OUTCOMES', NULL, NULL, COUNT(*), SUM(CASE WHEN r.status = 'COMPLETED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.status = 'CURTAILED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN EXISTS (SELECT 1 FROM rotation_event e WHERE e.rotation_id = r.id AND e.kind = 'EXTENDED') THEN 1 ELSE 0 END)"
                + " FROM rotation r WHERE " + ENDED + " AND r.actual_end <= " + d);
        String daysBack = "CAST(rp.return_start - rp.actual_end AS INTEGER)";
        parts.add("SELECT 'REINTEGRATION', NULL, NULL, COUNT(*), PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY " + daysBack + "),"
                + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY " + daysBack + "),"
                + " SUM(CASE WHEN CAST(rp.actual_end - rp.reserved_on AS INTEGER) >= 60 THEN 1 ELSE 0 END)"
                + " FROM returned rp WHERE rp.return_start <= " + d);
        parts.add("SELECT 'BUCKET', CAST(b.bucket AS VARCHAR(10)), NULL, COUNT(*), NULL, NULL, NULL FROM (SELECT CASE"
                + " WHEN " + daysBack + " <= 0 THEN 0 WHEN " + daysBack + " <= 7 THEN 1 WHEN " + daysBack + " <= 30 THEN 2"
                + " WHEN " + daysBack + " <= 90 THEN 3 ELSE 4 END AS bucket FROM returned rp WHERE rp.return_start <= " + d
                + ") b GROUP BY b.bucket");
        for (int months : new int[]{12, 24}) {
            String before = rankOn("rp.start_date - 1", "rp.staff_id");
            parts.add("SELECT 'RETURNERS', '" + months + "', NULL, COUNT(*),"
                    + " SUM(CASE WHEN " + String.format(RANK, "rp.return_level") + " > " + before
                    + " OR " + rankOn(plusMonths("rp.return_start", months), "rp.staff_id") + " > " + before + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN rp.active = TRUE THEN 1 ELSE 0 END), NULL"
                    + " FROM returned rp WHERE " + plusMonths("rp.return_start", months) + " <= " + d);
            parts.add("SELECT 'NEVER_ROTATED', '" + months + "', NULL, COUNT(*),"
                    + " SUM(CASE WHEN " + rankOn(d, "s.id") + " > " + rankOn(date(asOf.minusMonths(months)), "s.id") + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN s.active = TRUE THEN 1 ELSE 0 END), NULL"
                    + " FROM staff s WHERE s.hire_date <= " + date(asOf.minusMonths(months))
                    + " AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.staff_id = s.id AND " + STARTED + " AND r.start_date <= " + d + ")");
        }
        parts.add("SELECT 'PARTICIPATION', s.career_level, NULL, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM rotation r"
                + " WHERE r.staff_id = s.id AND " + STARTED + " AND r.start_date <= " + d + ") THEN 1 ELSE 0 END), NULL, NULL"
                + " FROM staff s WHERE s.active = TRUE AND s.hire_date <= " + d + " GROUP BY s.career_level");
        parts.add("SELECT 'RISKS', NULL, NULL,"
                + " (SELECT COUNT(*) FROM rotation r WHERE r.status IN ('APPROVED', 'ACTIVE', 'CURTAILED') AND r.return_placement_id IS NULL"
                + " AND " + END + " >= " + d + " AND " + END + " <= " + plusDays(asOf, 60) + "),"
                + " (SELECT COUNT(*) FROM rotation r WHERE " + String.format(holdsOn, d) + " AND r.start_date < " + date(asOf.minusMonths(24)) + "),"
                + " (SELECT COUNT(*) FROM rotation r WHERE r.status = 'ACTIVE' AND r.planned_end < " + d + "),"
                + " NULL FROM days WHERE fill_day = " + d);
        parts.add("SELECT 'QUARTER', CAST(a.y AS VARCHAR(10)), CAST(a.q AS VARCHAR(10)), SUM(a.started), SUM(a.completed), NULL, NULL FROM ("
                + "SELECT EXTRACT(YEAR FROM r.start_date) AS y, EXTRACT(QUARTER FROM r.start_date) AS q, 1 AS started, 0 AS completed"
                + " FROM rotation r WHERE " + STARTED + " AND r.start_date >= " + firstQuarter + " AND r.start_date <= " + d
                + " UNION ALL SELECT EXTRACT(YEAR FROM r.actual_end), EXTRACT(QUARTER FROM r.actual_end), 0, 1"
                + " FROM rotation r WHERE r.status = 'COMPLETED' AND r.actual_end >= " + firstQuarter + " AND r.actual_end <= " + d
                + ") a GROUP BY a.y, a.q");
        sql.append(' ').append(String.join(" UNION ALL ", parts));
        return sql.toString();
    }

    /** Runs the statement and reads every row, as a client would; returns the rows read. */
    static List<String> run(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " = "
                        + result.getString(4) + " " + result.getString(5) + " " + result.getString(6) + " " + result.getString(7));
            }
        }
        return rows;
    }

    private static String rankOn(String day, String staffId) {
        return "(SELECT " + String.format(RANK, "lc.career_level") + " FROM level_change lc WHERE lc.staff_id = " + staffId
                + " AND lc.effective <= " + day + " ORDER BY lc.effective DESC FETCH FIRST 1 ROWS ONLY)";
    }

    private static String plusMonths(String day, int months) {
        return "CAST(" + day + " + INTERVAL '" + months + "' MONTH AS DATE)";
    }

    private static String plusDays(LocalDate day, int days) {
        return date(day.plusDays(days));
    }

    private static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }
}
