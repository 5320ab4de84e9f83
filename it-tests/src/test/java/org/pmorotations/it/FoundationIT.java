package org.pmorotations.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation, seen from outside: the real WAR deployed on Payara Micro, reached over HTTP,
 * its database read with plain JDBC. Runs once on H2 and once on PostgreSQL.
 *
 * <p>This class and {@link HomePageBrowserIT} deploy on the same database one after the other;
 * both expect exactly one demo organisation, so the second start proves that demo data never
 * goes into a database that already holds data.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    /** The demo organisation's staff (other tests add people of their own). */
    static final String DEMO_STAFF = "SELECT COUNT(*) FROM staff WHERE employee_number BETWEEN 'E10001' AND 'E10200'";

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(base.toExternalForm()).resolve(path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessReportsTheDatabaseAndItsSchemaVersion() throws Exception {
        HttpResponse<String> response = get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = read(response.body());
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        String expectedProduct = Database.kind().equals("postgresql") ? "PostgreSQL" : "H2";
        assertEquals(expectedProduct, database.getJsonObject("data").getString("product"));
        assertEquals(latestMigration(), database.getJsonObject("data").getString("schemaVersion"));
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() throws Exception {
        HttpResponse<String> response = get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/rotations/check"), "the dry run is documented");
        assertTrue(response.body().contains("/api/v1/staff/import"), "the import is documented");
    }

    @Test
    void migrationsCreatedTheSchemaWithoutFailures() throws Exception {
        assertEquals(0, Database.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE"));
        assertTrue(Database.count("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1'") == 1);
    }

    @Test
    void homePageShowsTheCountsStoredInTheDatabase() throws Exception {
        WebSession session = new WebSession(base);
        session.signIn("leader", WebSession.DEMO_PASSWORD);
        HttpResponse<String> response = session.get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = response.body();
        Database.HomeCounts expected = Database.HomeCounts.read(LocalDate.now());
        assertEquals(expected.staff(), tile(page, "staff"));
        assertEquals(expected.openPmos(), tile(page, "pmos"));
        assertEquals(expected.activeRotations(), tile(page, "active-rotations"));
        assertEquals(expected.endingSoon(), tile(page, "ending-soon"));
        assertTrue(page.contains("<title>Overview · PMO Rotations</title>"), "page title");
    }

    @Test
    void themeAndStylesAreServedByTheApplication() throws Exception {
        String page = get("/login.xhtml").body();
        Matcher stylesheets = Pattern.compile("<link[^>]+href=\"([^\"]+)\"").matcher(page);
        int served = 0;
        while (stylesheets.find()) {
            String href = stylesheets.group(1).replace("&amp;", "&");
            assertTrue(href.startsWith("/"), "no stylesheet from another site: " + href);
            assertEquals(200, get(href).statusCode(), href);
            served++;
        }
        assertTrue(served >= 2, "the theme and the application's styles: " + served);
    }

    @Test
    void unknownPageGetsAFriendlyNotFoundPage() throws Exception {
        WebSession session = new WebSession(base);
        session.signIn("leader", WebSession.DEMO_PASSWORD);
        HttpResponse<String> response = session.get("/no-such-page.xhtml");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertTrue(response.body().contains("Back to the overview"), "a way back");
        assertFalse(Pattern.compile("\\bat [\\w.$]+\\([\\w.]+\\.java:\\d+\\)").matcher(response.body()).find(), "no stack trace");
        assertFalse(response.body().contains("Payara"), "no server error report");
    }

    @Test
    void demoOrganisationWasLoadedOnceWithEveryTierLevelAndState() throws Exception {
        assertEquals(200, Database.count(DEMO_STAFF), "one demo organisation, however often the server started");
        // Other test classes add PMOs and projects of their own (other code shapes) before or after this one.
        assertEquals(10, Database.count("SELECT COUNT(*) FROM pmo WHERE code IN ('EPMO', 'FIN-PMO', 'TEC-PMO', 'OPS-PMO',"
                + " 'SCM-PMO', 'MKT-PMO', 'ERP-PMO', 'DIG-PMO', 'MRG-PMO', 'NZ-PMO')"));
        assertEquals(40, Database.count("SELECT COUNT(*) FROM project WHERE code LIKE '___-___'"), "the demo's codes: FIN-101, CUS-RUN");
        assertEquals(List.of("DEPARTMENT", "ENTERPRISE", "PROGRAM"),
                Database.strings("SELECT DISTINCT tier FROM pmo ORDER BY tier"));
        assertEquals(5, Database.count("SELECT COUNT(DISTINCT career_level) FROM staff"));
        assertEquals(List.of("ACTIVE", "APPROVED", "CANCELLED", "COMPLETED", "CURTAILED", "PROPOSED"),
                Database.strings("SELECT DISTINCT status FROM rotation ORDER BY status"));
        assertTrue(Database.count("SELECT COUNT(*) FROM rotation_event WHERE kind = 'EXTENDED'") > 0, "extensions");
        assertTrue(Database.count("SELECT COUNT(*) FROM rotation WHERE start_date < ?", LocalDate.now().minusYears(4)) > 0,
                "about five years of history");
        assertEquals(Database.count("SELECT COUNT(*) FROM staff"), Database.count("SELECT COUNT(DISTINCT staff_id) FROM level_change"),
                "everyone has a level history");
    }

    @Test
    void storedRotationsKeepTheSchedulingRules() throws Exception {
        // OVERLAP: a person's rotations (cancelled ones aside) never overlap.
        assertEquals(0, Database.count("""
                SELECT COUNT(*) FROM rotation a JOIN rotation b
                  ON a.staff_id = b.staff_id AND a.id < b.id
                 AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
                 AND a.start_date <= COALESCE(b.actual_end, b.planned_end)
                 AND b.start_date <= COALESCE(a.actual_end, a.planned_end)"""));
        // SEATS: on the first day of every rotation, the rotations holding that PMO role fit its seats.
        assertEquals(0, Database.count("""
                SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id
                 WHERE r.status <> 'CANCELLED'
                   AND (SELECT COUNT(*) FROM rotation o
                         WHERE o.pmo_id = r.pmo_id AND o.pmo_role = r.pmo_role AND o.status <> 'CANCELLED'
                           AND o.start_date <= r.start_date AND COALESCE(o.actual_end, o.planned_end) >= r.start_date)
                       > CASE r.pmo_role WHEN 'PMO_ANALYST' THEN p.analyst_seats ELSE p.manager_seats END"""));
        // RETURN_PLAN: nothing completes without a confirmed return.
        assertEquals(0, Database.count("""
                SELECT COUNT(*) FROM rotation r LEFT JOIN return_placement rp ON rp.id = r.return_placement_id
                 WHERE r.status = 'COMPLETED' AND (rp.id IS NULL OR rp.status <> 'CONFIRMED')"""));
        // Every rotation's history starts with its proposal.
        assertEquals(0, Database.count("""
                SELECT COUNT(*) FROM rotation r WHERE NOT EXISTS
                  (SELECT 1 FROM rotation_event e WHERE e.rotation_id = r.id AND e.kind = 'PROPOSED')"""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate employee number | INSERT INTO staff (id, version, employee_number, full_name, email, department, hire_date, career_level, active) SELECT -1, 0, employee_number, 'X', 'x@example.com', 'X', DATE '2020-01-01', 'PROJECT_MANAGER', TRUE FROM staff WHERE id = (SELECT MIN(id) FROM staff)",
            "duplicate PMO code | INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens) VALUES (-2, 0, 'EPMO', 'Copy', 'PROGRAM', 1, 1, DATE '2020-01-01')",
            "negative seats | INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens) VALUES (-3, 0, 'NEG-PMO', 'Negative', 'PROGRAM', -1, 1, DATE '2020-01-01')",
            "PMO closing before it opens | INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens, closes) VALUES (-4, 0, 'BACK-PMO', 'Backwards', 'PROGRAM', 1, 1, DATE '2020-01-01', DATE '2019-12-31')",
            "project ending before it starts | INSERT INTO project (id, version, code, name, department, start_date, end_date) VALUES (-5, 0, 'BACK-1', 'Backwards', 'Finance', DATE '2020-01-01', DATE '2019-01-01')",
            "unknown career level | UPDATE staff SET career_level = 'CEO' WHERE id = (SELECT MIN(id) FROM staff)",
            "unknown rotation state | UPDATE rotation SET status = 'PAUSED' WHERE id = (SELECT MIN(id) FROM rotation)",
            "rotation ending before it starts | UPDATE rotation SET planned_end = DATE '1990-01-01' WHERE id = (SELECT MIN(id) FROM rotation)",
            "role of an unknown person | INSERT INTO project_role (id, version, staff_id, project_id, career_level, start_date) SELECT -6, 0, -1, MIN(id), 'PROJECT_MANAGER', DATE '2020-01-01' FROM project"
    })
    void databaseRefusesWhatMustNeverBeStored(String what, String statement) throws Exception {
        try (Connection connection = Database.connect()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement), what);
                // Class 23 is an integrity constraint violation: refused by a rule, not a typo in the test.
                assertTrue(refused.getSQLState().startsWith("23"), what + ": " + refused.getSQLState() + " " + refused.getMessage());
            } finally {
                connection.rollback();
            }
        }
    }

    /** The figure of a tile of the overview page, as the page shows it. */
    static long tile(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"tile-" + id + "-count\">(\\d+)<").matcher(page);
        assertTrue(matcher.find(), "tile " + id + " on the page");
        return Long.parseLong(matcher.group(1));
    }

    private static String latestMigration() throws SQLException {
        return Database.strings("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC").get(0);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
