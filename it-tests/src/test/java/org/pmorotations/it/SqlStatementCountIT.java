package org.pmorotations.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statements a page sends do not grow with what it shows: read from the response header
 * X-SQL-Statements, which the tests' server sends (SQL_STATEMENT_COUNT=true).
 */
@ExtendWith(ArquillianExtension.class)
class SqlStatementCountIT {

    static final String HEADER = "X-SQL-Statements";

    /** Demo staff by the length of their history (rotations, project roles, level changes), longest first. */
    static final String BY_HISTORY = "SELECT s.employee_number FROM staff s ORDER BY"
            + " (SELECT COUNT(*) FROM rotation r WHERE r.staff_id = s.id) * 10"
            + " + (SELECT COUNT(*) FROM project_role pr WHERE pr.staff_id = s.id)"
            + " + (SELECT COUNT(*) FROM level_change lc WHERE lc.staff_id = s.id) DESC, s.employee_number";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static int statements(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> "status of " + response.uri());
        String value = response.headers().firstValue(HEADER)
                .orElseThrow(() -> new AssertionError("no " + HEADER + " header on " + response.uri()));
        return Integer.parseInt(value);
    }

    @Test
    void pagesAndApiCallsTellTheirStatementCount() throws Exception {
        WebSession leader = new WebSession(base);
        leader.signIn("leader", WebSession.DEMO_PASSWORD);
        int overview = statements(leader.get("/index.xhtml"));
        assertTrue(overview >= 4, "the overview reads four figures from the database, header says " + overview);
        int api = statements(leader.getAs("/api/v1/staff?q=E1000&size=5", "leader", WebSession.DEMO_PASSWORD));
        assertTrue(api >= 2, "a search reads a page and a count, header says " + api);
    }

    @Test
    void aLongHistoryCostsAsManyStatementsAsAShortOne() throws Exception {
        List<String> byHistory = Database.strings(BY_HISTORY);
        String longest = byHistory.get(0);
        String shortest = byHistory.get(byHistory.size() - 1);
        assertTrue(Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE s.employee_number = ?", longest) >= 2,
                "the demo data has someone with several rotations");
        WebSession leader = new WebSession(base);
        leader.signIn("leader", WebSession.DEMO_PASSWORD);
        leader.get("/staff/view.xhtml?employee=" + shortest);
        int forLongest = statements(leader.get("/staff/view.xhtml?employee=" + longest));
        int forShortest = statements(leader.get("/staff/view.xhtml?employee=" + shortest));
        System.out.printf("SQL statements of staff/view.xhtml: %d for %s (long history), %d for %s (short)%n",
                forLongest, longest, forShortest, shortest);
        assertEquals(forShortest, forLongest, "statements for " + longest + " (long history) and " + shortest + " (short)");
    }

    @Test
    void theDirectoryCostsAsManyStatementsForFiftyRowsAsForTen() throws Exception {
        WebSession leader = new WebSession(base);
        leader.signIn("leader", WebSession.DEMO_PASSWORD);
        leader.get("/staff/index.xhtml?size=10");
        int ten = statements(leader.get("/staff/index.xhtml?size=10"));
        int fifty = statements(leader.get("/staff/index.xhtml?size=50"));
        String fiftyRows = leader.get("/staff/index.xhtml?size=50").body();
        assertEquals(50, fiftyRows.split(":number\"").length - 1, "fifty rows shown");
        System.out.printf("SQL statements of staff/index.xhtml: %d for 10 rows, %d for 50 rows%n", ten, fifty);
        assertEquals(ten, fifty, "statements for 10 rows and for 50 rows");
        int filtered = statements(leader.get("/staff/index.xhtml?size=50&level=PROJECT_MANAGER"));
        assertEquals(ten, filtered, "statements with a filter");
    }

    @Test
    void thePmoAndProjectListsCostNoMoreStatementsForOneMoreRow() throws Exception {
        WebSession manager = new WebSession(base);
        manager.signIn("pmo.manager", WebSession.DEMO_PASSWORD);
        manager.get("/pmos/index.xhtml");
        int pmosBefore = statements(manager.get("/pmos/index.xhtml"));
        int projectsBefore = statements(manager.get("/projects/index.xhtml"));
        String code = "SC" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        HttpResponse<String> pmo = manager.send(manager.request("/api/v1/pmos")
                .header("Authorization", WebSession.basic("pmo.manager", WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"Count PMO\","
                        + "\"tier\":\"PROGRAM\",\"seats\":{\"PMO_ANALYST\":1,\"PMO_MANAGER\":1},\"opens\":\"2031-01-01\"}")));
        assertEquals(201, pmo.statusCode(), pmo.body());
        HttpResponse<String> project = manager.send(manager.request("/api/v1/projects")
                .header("Authorization", WebSession.basic("pmo.manager", WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"Count Project\","
                        + "\"department\":\"Finance\",\"start\":\"2031-01-01\"}")));
        assertEquals(201, project.statusCode(), project.body());
        HttpResponse<String> pmos = manager.get("/pmos/index.xhtml");
        assertTrue(pmos.body().contains(code), "the new PMO is listed");
        assertEquals(pmosBefore, statements(pmos), "statements of the PMO list with one more PMO");
        assertEquals(projectsBefore, statements(manager.get("/projects/index.xhtml")), "statements of the project list with one more project");
    }

    @Test
    void theRotationListCostsAsManyStatementsForAHundredRotationsAsForFive() throws Exception {
        WebSession client = new WebSession(base);
        client.getAs("/api/v1/rotations?size=5", "leader", WebSession.DEMO_PASSWORD);
        int five = statements(client.getAs("/api/v1/rotations?size=5", "leader", WebSession.DEMO_PASSWORD));
        HttpResponse<String> hundred = client.getAs("/api/v1/rotations?size=100", "leader", WebSession.DEMO_PASSWORD);
        assertEquals(100, hundred.body().split("\"employeeNumber\"").length - 1, "a hundred rotations listed");
        System.out.printf("SQL statements of GET /api/v1/rotations: %d for 5 rotations, %d for 100%n", five, statements(hundred));
        assertEquals(five, statements(hundred), "statements for 5 and for 100 rotations (objectives and return placements in batches)");
    }

    /**
     * The pages and calls the benchmark measures (dashboard, report summary, board of a quarter
     * and a tier, rule check, scheduling) cost the same statements with more rotations in view.
     */
    @Test
    void theBenchmarkedPagesAndCallsCostNoMoreStatementsWithMoreRotations() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(3);
        LocalDate start = LocalDate.now().plusYears(3).withMonth(1).withDayOfMonth(1);
        String board = "/rotations/board.xhtml?from=" + start + "&months=3&tier=DEPARTMENT";
        WebSession manager = new WebSession(base);
        manager.signIn(BoardFixture.MANAGER, WebSession.DEMO_PASSWORD);

        String first = fixture.candidate(pmo, start, 12, List.of());
        int scheduleOne = statements(schedule(manager, first, pmo, start), 201);
        int checkOne = statements(check(manager, first, pmo, start), 200);
        manager.get("/reports/dashboard.xhtml");
        int dashboardOne = statements(manager.get("/reports/dashboard.xhtml"));
        int summaryOne = statements(manager.get("/api/v1/reports/summary"));
        int boardOne = statements(manager.get(board));

        String second = fixture.candidate(pmo, start, 12, List.of(first));
        fixture.approve(fixture.propose(second, pmo, start, 12).getJsonNumber("id").longValue());
        String third = fixture.candidate(pmo, start, 12, List.of(first, second));
        int scheduleThree = statements(schedule(manager, third, pmo, start), 201);
        String fourth = fixture.candidate(pmo, start.plusMonths(24), 12, List.of(first, second, third));
        int checkThree = statements(check(manager, fourth, pmo, start), 200);
        int dashboardThree = statements(manager.get("/reports/dashboard.xhtml"));
        int summaryThree = statements(manager.get("/api/v1/reports/summary"));
        HttpResponse<String> boardThree = manager.get(board);
        assertTrue(boardThree.body().contains(fullNameOf(third)), "the board shows the third rotation");

        System.out.printf("SQL statements with one and three rotations in the seat: dashboard %d/%d, summary %d/%d, board %d/%d,"
                        + " check %d/%d, schedule %d/%d%n", dashboardOne, dashboardThree, summaryOne, summaryThree, boardOne,
                statements(boardThree), checkOne, checkThree, scheduleOne, scheduleThree);
        assertEquals(dashboardOne, dashboardThree, "statements of the dashboard");
        assertEquals(summaryOne, summaryThree, "statements of the report summary");
        assertEquals(boardOne, statements(boardThree), "statements of the board");
        assertEquals(checkOne, checkThree, "statements of the rule check with the seat fuller (and fully booked: 422 path aside)");
        assertEquals(scheduleOne, scheduleThree, "statements of scheduling with more rotations in the seat");
    }

    private static String fullNameOf(String employeeNumber) throws Exception {
        return BoardFixture.fullName(employeeNumber);
    }

    private static HttpResponse<String> check(WebSession session, String person, String pmo, LocalDate start) throws Exception {
        return session.send(session.request("/api/v1/rotations/check").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rotation(person, pmo, start))));
    }

    private static HttpResponse<String> schedule(WebSession session, String person, String pmo, LocalDate start) throws Exception {
        return session.send(session.request("/api/v1/rotations").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rotation(person, pmo, start))));
    }

    private static String rotation(String person, String pmo, LocalDate start) {
        return "{\"employeeNumber\":\"" + person + "\",\"pmoCode\":\"" + pmo + "\",\"role\":\"PMO_ANALYST\",\"start\":\""
                + start + "\",\"months\":12,\"objectives\":[\"PROCESS_IMPROVEMENT\"]}";
    }

    static int statements(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), () -> response.uri() + ": " + response.body());
        return Integer.parseInt(response.headers().firstValue(HEADER)
                .orElseThrow(() -> new AssertionError("no " + HEADER + " header on " + response.uri())));
    }
}
