package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statements a page sends do not grow with what it shows: read from the response header
 * X-SQL-Statements, which the tests' server sends (SQL_STATEMENT_COUNT=true).
 *
 * <p>It is also where every page is rendered on the database under test: the browser journeys
 * run on the embedded database only, so these requests are what proves each page's queries on
 * PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class SqlStatementCountIT {

    static final String HEADER = "X-SQL-Statements";

    /** Demo staff by the length of their history (rotations, project roles, level changes), longest first. */
    static final String BY_HISTORY = "SELECT s.employee_number FROM staff s ORDER BY"
            + " (SELECT COUNT(*) FROM rotation r WHERE r.staff_id = s.id) * 10"
            + " + (SELECT COUNT(*) FROM project_role pr WHERE pr.staff_id = s.id)"
            + " + (SELECT COUNT(*) FROM level_change lc WHERE lc.staff_id = s.id) DESC, s.employee_number";

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

    /**
     * The Overview's work queue reads each of its lists once, cut at its length: more proposals
     * waiting cost no more statements.
     */
    @Test
    void theWorkQueueCostsAsManyStatementsWithMoreProposals() throws Exception {
        WebSession manager = new WebSession(base);
        manager.signIn("pmo.manager", WebSession.DEMO_PASSWORD);
        manager.get("/index.xhtml");
        int before = statements(manager.get("/index.xhtml"));
        BoardFixture fixture = new BoardFixture(base);
        LocalDate start = LocalDate.of(2071, 1, 1);
        List<String> proposed = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String pmo = fixture.newPmo(1);
            String person = fixture.candidate(pmo, start, 12, proposed);
            fixture.propose(person, pmo, start, 12);
            proposed.add(person);
        }
        int after = statements(manager.get("/index.xhtml"));
        System.out.printf("SQL statements of the Overview with its work queue: %d, then %d with 3 more proposals%n", before, after);
        assertEquals(before, after, "the work queue's statements do not grow with the proposals");
    }

    @Test
    void aLongHistoryCostsAsManyStatementsAsAShortOne() throws Exception {
        List<String> byHistory = Database.strings(BY_HISTORY);
        String longest = byHistory.get(0);
        String shortest = byHistory.get(byHistory.size() - 1);
        assertTrue(Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE s.employee_number = ?", longest) >= 2,
                "the demo data has someone with several rotations");
        assertSameCost("leader", "/staff/view.xhtml?employee=", longest, shortest);
    }

    /** A page costs as many statements for a long history ({@code longest}) as for a short one, signed in as {@code user}. */
    private void assertSameCost(String user, String page, String longest, String shortest) throws Exception {
        WebSession session = new WebSession(base);
        session.signIn(user, WebSession.DEMO_PASSWORD);
        session.get(page + shortest);
        int forLongest = statements(session.get(page + longest));
        int forShortest = statements(session.get(page + shortest));
        System.out.printf("SQL statements of %s: %d for %s (long history), %d for %s (short)%n",
                page, forLongest, longest, forShortest, shortest);
        assertEquals(forShortest, forLongest, page + ": statements for " + longest + " (long history) and " + shortest + " (short)");
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

    /** Rotations by the length of their history, longest first. */
    /**
     * Rotations awaiting their return with none reserved (whose page also reads the ways back), longest history
     * first: the rotation page's cost is compared between two of one kind.
     */
    static final String ROTATIONS_BY_HISTORY = "SELECT CAST(r.id AS VARCHAR(20)) FROM rotation r"
            + " WHERE r.status IN ('APPROVED', 'ACTIVE', 'CURTAILED') AND r.return_placement_id IS NULL ORDER BY"
            + " (SELECT COUNT(*) FROM rotation_event e WHERE e.rotation_id = r.id) DESC, r.id";

    /** Rotations that hold a seat for at least one day of [from, to]. */
    static final String ROTATIONS_OVERLAPPING = "SELECT COUNT(*) FROM rotation r WHERE r.status <> 'CANCELLED'"
            + " AND r.start_date <= ? AND COALESCE(r.actual_end, r.planned_end) >= ?";

    @Test
    void theBoardCostsAsManyStatementsForFiveYearsAsForAQuarter() throws Exception {
        LocalDate from = LocalDate.now(ZoneOffset.UTC).minusYears(3).withDayOfMonth(1);
        long inQuarter = Database.count(ROTATIONS_OVERLAPPING, from.plusMonths(3).minusDays(1), from);
        long inFiveYears = Database.count(ROTATIONS_OVERLAPPING, from.plusMonths(60).minusDays(1), from);
        assertTrue(inFiveYears > inQuarter, "the demo data has more rotations in five years than in a quarter");
        WebSession manager = new WebSession(base);
        manager.signIn("pmo.manager", WebSession.DEMO_PASSWORD);
        manager.get("/rotations/board.xhtml?months=3&from=" + from);
        HttpResponse<String> quarter = manager.get("/rotations/board.xhtml?months=3&from=" + from);
        HttpResponse<String> fiveYears = manager.get("/rotations/board.xhtml?months=60&from=" + from);
        int quarterBars = bars(quarter.body());
        int fiveYearBars = bars(fiveYears.body());
        String body = fiveYears.body();
        int data = Math.max(0, body.indexOf("className"));
        assertTrue(fiveYearBars > quarterBars, "five years show more bars: " + quarterBars + " and " + fiveYearBars
                + "; the page's timeline data begins: " + body.substring(data, Math.min(body.length(), data + 400)));
        System.out.printf("SQL statements of rotations/board.xhtml: %d for %d bars, %d for %d bars%n",
                statements(quarter), quarterBars, statements(fiveYears), fiveYearBars);
        assertEquals(statements(quarter), statements(fiveYears), "statements for " + quarterBars + " and " + fiveYearBars + " bars");
    }

    /** The bars in the page's timeline data (their classes begin with board-bar, the hyphen escaped or not; free seats' do not). */
    private static int bars(String page) {
        return (int) java.util.regex.Pattern.compile("className: ?\"board\\\\?-bar").matcher(page).results().count();
    }

    @Test
    void aRotationPageCostsAsManyStatementsForALongHistoryAsForAShortOne() throws Exception {
        List<String> byHistory = Database.strings(ROTATIONS_BY_HISTORY);
        String longest = byHistory.get(0);
        String shortest = byHistory.get(byHistory.size() - 1);
        assertTrue(Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ?", Long.parseLong(longest))
                > Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ?", Long.parseLong(shortest)),
                "the rotations have histories of different lengths");
        assertSameCost("pmo.manager", "/rotations/view.xhtml?id=", longest, shortest);
    }

    @Test
    void theDashboardCostsAsManyStatementsForOnePmoAsForAll() throws Exception {
        String busiest = Database.strings("SELECT p.code FROM pmo p JOIN rotation r ON r.pmo_id = p.id"
                + " GROUP BY p.code ORDER BY COUNT(*) DESC, p.code").get(0);
        WebSession leader = new WebSession(base);
        leader.signIn("leader", WebSession.DEMO_PASSWORD);
        // A day no other test reads the figures of: both pages compute their figures (the report
        // cache has neither), so what is compared is the cost of computing them, not of a hit.
        LocalDate day = LocalDate.now().minusDays(777);
        int all = statements(leader.get("/reports/dashboard.xhtml?asOf=" + day));
        HttpResponse<String> onePmo = leader.get("/reports/dashboard.xhtml?asOf=" + day + "&pmo=" + busiest);
        assertTrue(onePmo.body().contains("tile-active-rotations-count"), "the dashboard shows its tiles");
        System.out.printf("SQL statements of reports/dashboard.xhtml: %d for every PMO, %d for %s%n", all, statements(onePmo), busiest);
        assertEquals(all, statements(onePmo), "statements for every PMO and for " + busiest);
        assertEquals(statements(leader.get("/reports/at-risk.xhtml")), statements(leader.get("/reports/at-risk.xhtml?pmo=" + busiest)),
                "statements of the at-risk lists for every PMO and for " + busiest);
    }

    @Test
    void everyOtherPageAnswersOnThisDatabase() throws Exception {
        WebSession admin = new WebSession(base);
        admin.signIn("admin", WebSession.DEMO_PASSWORD);
        String pmo = Database.strings("SELECT code FROM pmo ORDER BY code").get(0);
        String person = Database.strings("SELECT employee_number FROM staff ORDER BY employee_number").get(0);
        for (String page : List.of("/rotations/schedule.xhtml", "/rotations/schedule.xhtml?employee=" + person,
                "/pmos/edit.xhtml?code=" + pmo, "/calendar/index.xhtml", "/admin/policy.xhtml", "/admin/accounts.xhtml",
                "/audit/index.xhtml")) {
            HttpResponse<String> response = admin.get(page);
            int count = statements(response);
            assertTrue(count >= 1, page + " reads the database, header says " + count);
        }
        WebSession staff = new WebSession(base);
        staff.signIn("staff", WebSession.DEMO_PASSWORD);
        assertTrue(statements(staff.get("/staff/mine.xhtml")) >= 1, "My rotations reads the database");
    }

    /**
     * A PMO's calendar feed as a calendar application fetches it (no session): one start per
     * rotation of the PMO. The link is made here by storing its hash, as the calendar page does
     * (CalendarFeedBrowserIT makes it through the page, on the embedded database).
     */
    @Test
    void aPmoCalendarFeedHasOneStartPerRotation() throws Exception {
        String pmo = Database.strings("SELECT p.code FROM pmo p JOIN rotation r ON r.pmo_id = p.id"
                + " GROUP BY p.code ORDER BY COUNT(*) DESC, p.code").get(0);
        String token = java.util.UUID.randomUUID().toString().replace("-", "") + "0feedcheck0";
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (java.sql.Connection db = Database.connect(); java.sql.PreparedStatement insert = db.prepareStatement(
                "INSERT INTO calendar_feed (id, version, token_hash, owner, kind, subject, created_at)"
                        + " VALUES (?, 1, ?, 'leader', 'PMO', ?, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, 9_000_000_000L + System.nanoTime() % 1_000_000_000L);
            insert.setString(2, hash);
            insert.setString(3, pmo);
            insert.executeUpdate();
        }
        HttpResponse<String> feed = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(new WebSession(base).uri("/ical/" + token + ".ics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode(), feed.body());
        long rotations = Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id"
                + " WHERE p.code = ? AND r.status <> 'CANCELLED'", pmo);
        assertEquals(rotations, feed.body().split("SUMMARY:Rotation starts:").length - 1, "one start per rotation of " + pmo);
    }

    /**
     * The pages and calls the benchmark measures (dashboard, report summary, board of a quarter
     * and a tier, rule check, scheduling, candidates of a seat) cost the same statements with more
     * rotations in view.
     */
    /**
     * A rotation's ways back (its return matches over the API and on its page) and the Returns page
     * cost as many statements with three more open roles that fit the person.
     */
    @Test
    void theWaysBackCostNoMoreStatementsWithMoreOpenRoles() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String[] rotation = Database.strings("SELECT r.id || '|' || s.career_level FROM rotation r JOIN staff s ON s.id = r.staff_id"
                + " WHERE r.status = 'ACTIVE' AND r.return_placement_id IS NULL AND r.planned_end BETWEEN ? AND ?"
                + " ORDER BY r.planned_end, r.id", today.plusDays(1), today.plusMonths(5)).get(0).split("\\|");
        String project = Database.strings("SELECT code FROM project WHERE start_date <= ? AND end_date IS NULL ORDER BY code", today).get(0);
        WebSession manager = new WebSession(base);
        manager.signIn(BoardFixture.MANAGER, WebSession.DEMO_PASSWORD);
        String matches = "/api/v1/rotations/" + rotation[0] + "/return-matches?limit=200";
        String view = "/rotations/view.xhtml?id=" + rotation[0];
        String returns = "/rotations/returns.xhtml";
        manager.get(returns);
        HttpResponse<String> matchesBefore = manager.get(matches);
        int viewBefore = statements(manager.get(view));
        int returnsBefore = statements(manager.get(returns));

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> opened = manager.send(manager.request("/api/v1/open-roles").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"projectCode\":\"" + project + "\",\"minLevel\":\"" + rotation[1]
                            + "\",\"start\":\"" + today.plusMonths(6).plusDays(i) + "\",\"description\":\"Statement count " + i + "\"}")));
            assertEquals(201, opened.statusCode(), opened.body());
        }
        HttpResponse<String> matchesAfter = manager.get(matches);
        int viewAfter = statements(manager.get(view));
        int returnsAfter = statements(manager.get(returns));
        int found = matchesBefore.body().split("\"rank\":").length - 1;
        assertEquals(found + 3, matchesAfter.body().split("\"rank\":").length - 1, "the three new roles are among the matches");
        System.out.printf("SQL statements of the ways back with %d and %d matches: return matches %d/%d, rotation page %d/%d,"
                + " returns page %d/%d%n", found, found + 3, statements(matchesBefore), statements(matchesAfter), viewBefore, viewAfter,
                returnsBefore, returnsAfter);
        assertEquals(statements(matchesBefore), statements(matchesAfter), "statements of the return matches");
        assertEquals(viewBefore, viewAfter, "statements of the rotation page with its ways back");
        assertEquals(returnsBefore, returnsAfter, "statements of the returns page");
    }

    @Test
    void theBenchmarkedPagesAndCallsCostNoMoreStatementsWithMoreRotations() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(3);
        LocalDate start = LocalDate.now().plusYears(3).withMonth(1).withDayOfMonth(1);
        // Its own PMO among the tier's: the tests before it may have made more department PMOs than a page shows.
        String board = "/rotations/board.xhtml?from=" + start + "&months=3&tier=DEPARTMENT&pmo=" + pmo;
        WebSession manager = new WebSession(base);
        manager.signIn(BoardFixture.MANAGER, WebSession.DEMO_PASSWORD);

        String first = fixture.candidate(pmo, start, 12, List.of());
        int scheduleOne = statements(schedule(manager, first, pmo, start), 201);
        int checkOne = statements(check(manager, first, pmo, start), 200);
        // The data changed before each of the two readings, so both compute the figures (no cache hit).
        int dashboardOne = statements(manager.get("/reports/dashboard.xhtml"));
        int summaryOne = statements(manager.get("/api/v1/reports/summary"));
        int boardOne = statements(manager.get(board));
        String candidates = "/api/v1/rotations/candidates?pmo=" + pmo + "&role=PMO_ANALYST&start=" + start + "&months=12&limit=5";
        int candidatesOne = statements(manager.get(candidates));

        String second = fixture.candidate(pmo, start, 12, List.of(first));
        fixture.approve(fixture.propose(second, pmo, start, 12).getJsonNumber("id").longValue());
        String third = fixture.candidate(pmo, start, 12, List.of(first, second));
        int scheduleThree = statements(schedule(manager, third, pmo, start), 201);
        String fourth = fixture.candidate(pmo, start.plusMonths(24), 12, List.of(first, second, third));
        int checkThree = statements(check(manager, fourth, pmo, start), 200);
        int dashboardThree = statements(manager.get("/reports/dashboard.xhtml"));
        int summaryThree = statements(manager.get("/api/v1/reports/summary"));
        HttpResponse<String> boardThree = manager.get(board);
        int candidatesThree = statements(manager.get(candidates));
        // The page writes the name as HTML text: an apostrophe (O'Brien) as a character reference.
        String name = fullNameOf(third);
        assertTrue(boardThree.body().contains(name.replace("'", "&#39;")) || boardThree.body().contains(name.replace("'", "&#039;"))
                || boardThree.body().contains(name), "the board shows the third rotation: " + name);

        System.out.printf("SQL statements with one and three rotations in the seat: dashboard %d/%d, summary %d/%d, board %d/%d,"
                        + " check %d/%d, schedule %d/%d, candidates %d/%d%n", dashboardOne, dashboardThree, summaryOne, summaryThree,
                boardOne, statements(boardThree), checkOne, checkThree, scheduleOne, scheduleThree, candidatesOne, candidatesThree);
        assertEquals(dashboardOne, dashboardThree, "statements of the dashboard");
        assertEquals(summaryOne, summaryThree, "statements of the report summary");
        assertEquals(boardOne, statements(boardThree), "statements of the board");
        assertEquals(checkOne, checkThree, "statements of the rule check with the seat fuller (and fully booked: 422 path aside)");
        assertEquals(scheduleOne, scheduleThree, "statements of scheduling with more rotations in the seat");
        assertEquals(candidatesOne, candidatesThree, "statements of the candidates with more rotations in the seat");
        // the seat's rotations, the PMO, the policy, then one round: the ranked page, its people, their rotations
        assertTrue(candidatesOne <= 6, "candidates of a seat in one round of the database: " + candidatesOne);
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
