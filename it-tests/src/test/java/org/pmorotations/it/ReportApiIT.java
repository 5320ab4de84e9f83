package org.pmorotations.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report summary over the API agrees with figures counted here by SQL, written independently
 * of the application's queries; who may read it; malformed parameters.
 */
@ExtendWith(ArquillianExtension.class)
class ReportApiIT {

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path, String user) throws Exception {
        return new WebSession(base).getAs(path, user, WebSession.DEMO_PASSWORD);
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    /** Rotations holding a seat on {@code day}, counted state by state (another way than the application's one condition). */
    static long holdingSeats(LocalDate day, String extraJoin, String extraWhere, Object... extra) throws SQLException {
        String from = "SELECT COUNT(*) FROM rotation r " + extraJoin + " WHERE ";
        long running = Database.count(from + "r.status = 'ACTIVE' AND r.start_date <= ?" + extraWhere, concat(new Object[]{day}, extra));
        long approvedStarted = Database.count(from + "r.status = 'APPROVED' AND r.start_date <= ? AND r.planned_end >= ?" + extraWhere,
                concat(new Object[]{day, day}, extra));
        long endedLater = Database.count(from + "r.status IN ('COMPLETED', 'CURTAILED') AND r.start_date <= ? AND r.actual_end >= ?"
                + extraWhere, concat(new Object[]{day, day}, extra));
        return running + approvedStarted + endedLater;
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] all = new Object[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Seats of the PMOs open on {@code day} that no rotation holds (a proposal keeps its seat, as for the SEATS rule), role by role, never below 0. */
    static long openSeats(LocalDate day) throws SQLException {
        String holding = "(SELECT COUNT(*) FROM rotation r WHERE r.pmo_id = p.id AND r.pmo_role = '%s' AND r.start_date <= ?"
                + " AND (r.status = 'ACTIVE' OR (r.status IN ('PROPOSED', 'APPROVED') AND r.planned_end >= ?)"
                + " OR (r.status IN ('COMPLETED', 'CURTAILED') AND r.actual_end >= ?)))";
        String open = " FROM pmo p WHERE p.opens <= ? AND (p.closes IS NULL OR p.closes >= ?)";
        return Database.count("SELECT COALESCE(SUM(CASE WHEN x.seats > x.held THEN x.seats - x.held ELSE 0 END), 0) FROM ("
                        + "SELECT p.analyst_seats AS seats, " + holding.formatted("PMO_ANALYST") + " AS held" + open
                        + " UNION ALL SELECT p.manager_seats AS seats, " + holding.formatted("PMO_MANAGER") + " AS held" + open + ") x",
                day, day, day, day, day, day, day, day, day, day);
    }

    static long atRisk(LocalDate day) throws SQLException {
        long days = Long.parseLong(Database.strings("SELECT setting FROM policy_setting WHERE code = 'RETURN_PLAN_AT_RISK_DAYS'").get(0));
        return Database.count("SELECT COUNT(*) FROM rotation WHERE status IN ('APPROVED', 'ACTIVE', 'CURTAILED')"
                + " AND return_placement_id IS NULL AND COALESCE(actual_end, planned_end) BETWEEN ? AND ?", day, day.plusDays(days));
    }

    @Test
    void summaryAgreesWithTheDatabase() throws Exception {
        LocalDate today = LocalDate.now();
        HttpResponse<String> response = get("/api/v1/reports/summary?asOf=" + today, "leader");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject summary = object(response.body());

        assertEquals(today.toString(), summary.getString("asOf"));
        long active = holdingSeats(today, "", "");
        assertTrue(active > 0, "the demo data has rotations under way");
        assertEquals(active, summary.getJsonNumber("activeRotations").longValue());
        assertEquals(openSeats(today), summary.getJsonObject("pipeline").getJsonNumber("openSeats").longValue());
        assertEquals(atRisk(today), summary.getJsonObject("risks").getJsonNumber("atRisk").longValue());
        assertEquals(Database.count("SELECT COUNT(*) FROM rotation WHERE status = 'ACTIVE' AND planned_end < ?", today),
                summary.getJsonObject("risks").getJsonNumber("overdue").longValue());
        assertEquals(Database.count("SELECT COUNT(*) FROM rotation WHERE status IN ('COMPLETED', 'CURTAILED') AND actual_end <= ?", today),
                summary.getJsonObject("outcomes").getJsonNumber("ended").longValue());
        assertEquals(5, summary.getJsonArray("participation").size(), "one share per career level");

        // On the day the next rotation without a return placement ends, at least that one is at risk.
        LocalDate end = LocalDate.parse(Database.strings("SELECT MIN(COALESCE(actual_end, planned_end)) FROM rotation"
                + " WHERE status IN ('APPROVED', 'ACTIVE', 'CURTAILED') AND return_placement_id IS NULL"
                + " AND COALESCE(actual_end, planned_end) >= ?", today).get(0));
        long atRiskThen = object(get("/api/v1/reports/summary?asOf=" + end, "leader").body())
                .getJsonObject("risks").getJsonNumber("atRisk").longValue();
        assertTrue(atRiskThen > 0);
        assertEquals(atRisk(end), atRiskThen);
        assertEquals(12, summary.getJsonArray("quarters").size());
    }

    /**
     * The way back, recounted here: the returns and the backfills read row by row and classified
     * in Java, the room to come back counted per quarter and level by a statement of its own.
     */
    @Test
    void theWayBackAgreesWithTheDatabase() throws Exception {
        LocalDate today = LocalDate.now();
        JsonObject wayBack = object(get("/api/v1/reports/summary?asOf=" + today, "leader").body()).getJsonObject("wayBack");

        // Returns: rotation ended by today, its return started by today.
        List<String> returns = Database.strings("SELECT r.staff_id || '|' || r.start_date || '|' || rp.project_id || '|'"
                + " || CASE WHEN rp.open_role_id IS NULL THEN 'free' ELSE 'matched' END FROM rotation r"
                + " JOIN return_placement rp ON rp.id = r.return_placement_id"
                + " WHERE r.status IN ('COMPLETED', 'CURTAILED') AND r.actual_end <= ? AND rp.start_date <= ?", today, today);
        List<String> roles = Database.strings("SELECT staff_id || '|' || project_id || '|' || start_date || '|'"
                + " || COALESCE(CAST(end_date AS VARCHAR(10)), 'open') FROM project_role");
        java.util.Map<String, List<String[]>> rolesOf = new java.util.HashMap<>();
        for (String role : roles) {
            String[] field = role.split("\\|");
            rolesOf.computeIfAbsent(field[0], person -> new java.util.ArrayList<>()).add(field);
        }
        long matched = 0;
        long home = 0;
        for (String row : returns) {
            String[] field = row.split("\\|");
            LocalDate dayBefore = LocalDate.parse(field[1]).minusDays(1);
            matched += field[3].equals("matched") ? 1 : 0;
            boolean onHomeProject = rolesOf.getOrDefault(field[0], List.of()).stream().anyMatch(role -> role[1].equals(field[2])
                    && !LocalDate.parse(role[2]).isAfter(dayBefore) && (role[3].equals("open") || !LocalDate.parse(role[3]).isBefore(dayBefore)));
            home += onHomeProject ? 1 : 0;
        }
        assertTrue(matched > 0 && home > 0, "the demo data has returns into open roles and home: " + matched + ", " + home);
        assertRatio(matched, returns.size(), wayBack.getJsonObject("intoOpenRole"));
        assertRatio(home, returns.size(), wayBack.getJsonObject("intoHomeProject"));

        // Backfills of rotations not cancelled that have started; filled when the filling role has started.
        List<String> backfills = Database.strings("SELECT o.start_date || '|' || COALESCE(CAST(f.start_date AS VARCHAR(10)), 'none')"
                + " FROM open_role o JOIN rotation r ON r.id = o.backfill_for_id LEFT JOIN project_role f ON f.id = o.filled_by_role_id"
                + " WHERE r.status <> 'CANCELLED' AND o.start_date <= ?", today);
        List<Long> daysToFill = new java.util.ArrayList<>();
        for (String row : backfills) {
            String[] field = row.split("\\|");
            if (!field[1].equals("none") && !LocalDate.parse(field[1]).isAfter(today)) {
                daysToFill.add(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(field[0]), LocalDate.parse(field[1])));
            }
        }
        assertTrue(!daysToFill.isEmpty() && daysToFill.size() < backfills.size(), "some backfills filled, some not: " + backfills.size());
        assertRatio(daysToFill.size(), backfills.size(), wayBack.getJsonObject("backfillsFilled"));
        java.util.Collections.sort(daysToFill);
        int middle = daysToFill.size() / 2;
        double median = daysToFill.size() % 2 == 1 ? daysToFill.get(middle) : (daysToFill.get(middle - 1) + daysToFill.get(middle)) / 2.0;
        assertEquals(median, wayBack.getJsonNumber("medianDaysToFillBackfill").doubleValue(), 1e-9);

        // Room to come back: each quarter's open roles and rotations ending, per level.
        var room = wayBack.getJsonArray("roomToReturn");
        assertEquals(20, room.size(), "four quarters of five levels");
        long wanted = 0;
        for (var value : room) {
            JsonObject cell = value.asJsonObject();
            LocalDate first = LocalDate.parse(cell.getString("quarter"));
            LocalDate last = first.plusMonths(3).minusDays(1);
            String level = cell.getString("level");
            assertEquals(Database.count("SELECT COUNT(*) FROM open_role o JOIN project p ON p.id = o.project_id WHERE o.status = 'OPEN'"
                    + " AND o.min_level = ? AND o.start_date <= ? AND (o.end_date >= ? OR (o.end_date IS NULL"
                    + " AND (p.end_date IS NULL OR p.end_date >= ?)))", level, last, first, first),
                    cell.getJsonNumber("openRoles").longValue(), "open roles " + first + " " + level);
            assertEquals(Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id"
                    + " WHERE r.status IN ('APPROVED', 'ACTIVE', 'COMPLETED', 'CURTAILED') AND s.career_level = ?"
                    + " AND COALESCE(r.actual_end, r.planned_end) BETWEEN ? AND ?", level, first, last),
                    cell.getJsonNumber("rotationsEnding").longValue(), "rotations ending " + first + " " + level);
            wanted += cell.getJsonNumber("openRoles").longValue();
        }
        assertTrue(wanted > 0, "the demo data has open roles ahead");
    }

    private static void assertRatio(long count, long of, JsonObject ratio) {
        assertEquals(count, ratio.getJsonNumber("count").longValue());
        assertEquals(of, ratio.getJsonNumber("of").longValue());
    }

    @Test
    void asOfDefaultsToTodayAndATierFilterCountsOnlyItsPmos() throws Exception {
        LocalDate today = LocalDate.now();
        JsonObject all = object(get("/api/v1/reports/summary", "pmo.manager").body());
        assertEquals(today.toString(), all.getString("asOf"));

        HttpResponse<String> response = get("/api/v1/reports/summary?asOf=" + today + "&tier=enterprise", "admin");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject enterprise = object(response.body());
        assertEquals("ENTERPRISE", enterprise.getJsonObject("filter").getString("tier"));
        assertEquals(holdingSeats(today, "JOIN pmo p ON p.id = r.pmo_id", " AND p.tier = ?", "ENTERPRISE"),
                enterprise.getJsonNumber("activeRotations").longValue());
        assertTrue(enterprise.getJsonNumber("activeRotations").longValue() < all.getJsonNumber("activeRotations").longValue());
    }

    @Test
    void staffMayNotReadReportsAndMalformedParametersAre400() throws Exception {
        assertEquals(403, get("/api/v1/reports/summary", "staff").statusCode());

        HttpResponse<String> badDate = get("/api/v1/reports/summary?asOf=2027-13-01", "leader");
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertTrue(badDate.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("asOf", object(badDate.body()).getJsonArray("violations").getJsonObject(0).getString("field"));

        HttpResponse<String> badTier = get("/api/v1/reports/summary?tier=GALAXY", "leader");
        assertEquals(400, badTier.statusCode(), badTier.body());
        assertEquals("tier", object(badTier.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void staffCannotOpenTheDashboardNorTheAtRiskList() throws Exception {
        WebSession staff = new WebSession(base);
        staff.signIn("staff", WebSession.DEMO_PASSWORD);
        assertEquals(403, staff.get("/reports/dashboard.xhtml").statusCode());
        assertEquals(403, staff.get("/reports/at-risk.xhtml").statusCode());

        WebSession leader = new WebSession(base);
        leader.signIn("leader", WebSession.DEMO_PASSWORD);
        HttpResponse<String> dashboard = leader.get("/reports/dashboard.xhtml");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("id=\"tile-active-rotations-count\""));
    }
}
