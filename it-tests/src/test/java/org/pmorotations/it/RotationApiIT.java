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

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduling over the REST API, against the deployed application and its database: the dry run,
 * a proposal, the refusals with their status codes, and twenty managers booking one last seat.
 */
@ExtendWith(ArquillianExtension.class)
class RotationApiIT {

    private static final String MANAGER = "pmo.manager";

    @ArquillianResource
    URL base;

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        WebSession client = new WebSession(base);
        HttpRequest.Builder request = client.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD));
        }
        return client.send(request);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String request(String employeeNumber, String pmoCode, String role, LocalDate start, int months) {
        return "{\"employeeNumber\":\"" + employeeNumber + "\",\"pmoCode\":\"" + pmoCode + "\",\"role\":\"" + role
                + "\",\"start\":\"" + start + "\",\"months\":" + months + ",\"objectives\":[\"PROCESS_IMPROVEMENT\"]}";
    }

    /** A PMO of the test's own with the given analyst seats, open for the coming years. */
    private static String newPmo(int analystSeats) throws Exception {
        String code = "IT" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        try (Connection db = Database.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO pmo (id, version, code, name, tier, analyst_seats,"
                     + " manager_seats, opens) VALUES (?, 0, ?, ?, 'DEPARTMENT', ?, 1, DATE '2020-01-01')")) {
            insert.setLong(1, -Math.abs(System.nanoTime() % 1_000_000_000L) - 1000);
            insert.setString(2, code);
            insert.setString(3, "Test PMO " + code);
            insert.setInt(4, analystSeats);
            insert.executeUpdate();
        }
        return code;
    }

    /** Active staff who never rotated and were hired long enough ago: eligible for an analyst seat. */
    private static List<String> neverRotated(int count, LocalDate start) throws Exception {
        List<String> people = Database.strings("SELECT employee_number FROM staff s WHERE active = TRUE AND hire_date <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM rotation r WHERE r.staff_id = s.id) ORDER BY employee_number", start.minusYears(2));
        assertTrue(people.size() >= count, "enough people in the demo organisation: " + people.size());
        return people.subList(0, count);
    }

    private static LocalDate inTwoYears() {
        return LocalDate.now().plusYears(2).withDayOfMonth(1);
    }

    @Test
    void dryRunReportsEveryBrokenRuleAndWritesNothing() throws Exception {
        String pmo = newPmo(1);
        String person = neverRotated(1, inTwoYears()).get(0);
        long before = Database.count("SELECT COUNT(*) FROM rotation");
        HttpResponse<String> response = post("/api/v1/rotations/check", MANAGER,
                request(person, pmo, "PMO_MANAGER", LocalDate.now().minusDays(1), 25));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject check = json(response.body());
        assertEquals(false, check.getBoolean("ok"));
        List<String> rules = check.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("rule")).toList();
        assertTrue(rules.containsAll(List.of("DURATION", "START_DATE")), rules.toString());
        assertEquals(before, Database.count("SELECT COUNT(*) FROM rotation"), "a dry run writes nothing");

        JsonObject fine = json(post("/api/v1/rotations/check", MANAGER, request(person, pmo, "PMO_ANALYST", inTwoYears(), 12)).body());
        assertEquals(true, fine.getBoolean("ok"), fine.toString());
    }

    @Test
    void schedulingCreatesAProposalThatCannotBeBookedTwice() throws Exception {
        String pmo = newPmo(2);
        String person = neverRotated(2, inTwoYears()).get(1);
        String body = request(person, pmo, "PMO_ANALYST", inTwoYears(), 18);
        HttpResponse<String> created = post("/api/v1/rotations", MANAGER, body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject rotation = json(created.body());
        assertEquals("PROPOSED", rotation.getString("status"));
        assertEquals(18, rotation.getInt("months"));
        assertEquals(person, rotation.getString("employeeNumber"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/rotations/" + rotation.getJsonNumber("id").longValue()), location);

        HttpResponse<String> read = new WebSession(base).getAs(java.net.URI.create(location).getPath(), "leader", WebSession.DEMO_PASSWORD);
        assertEquals(200, read.statusCode());
        assertEquals("PROPOSED", json(read.body()).getJsonArray("history").getJsonObject(0).getString("kind"));
        assertEquals(MANAGER, json(read.body()).getJsonArray("history").getJsonObject(0).getString("by"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ROTATION_PROPOSED' AND subject_key = ?",
                String.valueOf(rotation.getJsonNumber("id").longValue())), "the proposal is audited");

        HttpResponse<String> again = post("/api/v1/rotations", MANAGER, body);
        assertEquals(422, again.statusCode());
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("OVERLAP", json(again.body()).getJsonArray("violations").getJsonObject(0).getString("rule"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON     | {\"employeeNumber\": broken                                                   | 400 | body",
            "unknown field      | {\"employeeNumber\":\"E10001\",\"colour\":\"red\"}                            | 400 | colour",
            "wrong date format  | {\"employeeNumber\":\"E10001\",\"pmoCode\":\"FIN-PMO\",\"role\":\"PMO_ANALYST\",\"start\":\"01/03/2029\",\"months\":12} | 400 | start",
            "unknown role       | {\"employeeNumber\":\"E10001\",\"pmoCode\":\"FIN-PMO\",\"role\":\"CEO\",\"start\":\"2029-01-01\",\"months\":12} | 400 | role",
            "unknown person     | {\"employeeNumber\":\"E99999\",\"pmoCode\":\"FIN-PMO\",\"role\":\"PMO_ANALYST\",\"start\":\"2029-01-01\",\"months\":12} | 422 | employeeNumber",
            "unknown PMO        | {\"employeeNumber\":\"E10001\",\"pmoCode\":\"NOPE\",\"role\":\"PMO_ANALYST\",\"start\":\"2029-01-01\",\"months\":12} | 422 | pmoCode",
            "missing start      | {\"employeeNumber\":\"E10001\",\"pmoCode\":\"FIN-PMO\",\"role\":\"PMO_ANALYST\",\"months\":12} | 422 | start",
            "months past an int | {\"employeeNumber\":\"E10001\",\"pmoCode\":\"FIN-PMO\",\"role\":\"PMO_ANALYST\",\"start\":\"2029-01-01\",\"months\":4294967308} | 400 | months",
            "months not whole   | {\"employeeNumber\":\"E10001\",\"pmoCode\":\"FIN-PMO\",\"role\":\"PMO_ANALYST\",\"start\":\"2029-01-01\",\"months\":12.9} | 400 | months",
            "NUL as the PMO     | {\"employeeNumber\":\"E10001\",\"pmoCode\":\"\\u0000\",\"role\":\"PMO_ANALYST\",\"start\":\"2029-01-01\",\"months\":12} | 422 | pmoCode",
    })
    void badInputGetsAProblemNamingWhatIsWrong(String what, String body, int status, String field) throws Exception {
        long before = Database.count("SELECT COUNT(*) FROM rotation");
        HttpResponse<String> response = post("/api/v1/rotations", MANAGER, body);
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getJsonArray("violations").size() >= 1, what + " names the field");
        JsonObject first = problem.getJsonArray("violations").getJsonObject(0);
        assertEquals(field, first.getString("field", first.getString("rule", "")), what + ": " + response.body());
        assertFalse(response.body().contains("Yasson") || response.body().contains("Jsonb") || response.body().contains("java."),
                what + " is said without the binding library's words: " + response.body());
        assertEquals(before, Database.count("SELECT COUNT(*) FROM rotation"), "nothing written");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"leader, 403", "staff, 403", "admin, 200", ", 401"})
    void onlyManagersAndAdministratorsSchedule(String user, int status) throws Exception {
        HttpResponse<String> response = post("/api/v1/rotations/check", user, request("E10001", "FIN-PMO", "PMO_ANALYST", inTwoYears(), 12));
        assertEquals(status, response.statusCode(), response.body());
    }

    @Test
    void aRotationRunsThroughItsLifecycleWithEveryStepInItsHistory() throws Exception {
        String pmo = newPmo(1);
        LocalDate today = LocalDate.now();
        String person = neverRotated(30, today).get(27);
        HttpResponse<String> created = post("/api/v1/rotations", MANAGER, request(person, pmo, "PMO_ANALYST", today, 12));
        assertEquals(201, created.statusCode(), created.body());
        long id = json(created.body()).getJsonNumber("id").longValue();
        String rotation = "/api/v1/rotations/" + id;
        BoardFixture client = new BoardFixture(base);

        assertEquals("APPROVED", json(client.change(id, "approve", MANAGER, null).body()).getString("status"));
        HttpResponse<String> tooLong = client.change(id, "extend", MANAGER, "{\"months\":13}");
        assertEquals(422, tooLong.statusCode(), tooLong.body());
        assertEquals("DURATION", json(tooLong.body()).getJsonArray("violations").getJsonObject(0).getString("rule"));
        JsonObject extended = json(client.change(id, "extend", MANAGER, "{\"months\":6}").body());
        assertEquals(18, extended.getInt("months"));

        HttpResponse<String> job = post("/api/v1/jobs/daily", "admin", "");
        assertEquals(200, job.statusCode(), job.body());
        assertTrue(json(job.body()).getInt("activated") >= 1, job.body());
        assertEquals(403, post("/api/v1/jobs/daily", MANAGER, "").statusCode(), "only an administrator runs the job by hand");
        JsonObject active = json(new WebSession(base).getAs(rotation, MANAGER, WebSession.DEMO_PASSWORD).body());
        assertEquals("ACTIVE", active.getString("status"));
        int historyLength = active.getJsonArray("history").size();
        post("/api/v1/jobs/daily", "admin", "");
        assertEquals(historyLength, json(new WebSession(base).getAs(rotation, MANAGER, WebSession.DEMO_PASSWORD).body())
                .getJsonArray("history").size(), "running the job twice changes nothing more");

        HttpResponse<String> noReason = client.change(id, "curtail", MANAGER, "{\"endDate\":\"" + today + "\"}");
        assertEquals(422, noReason.statusCode());
        assertEquals("reason", json(noReason.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
        JsonObject curtailed = json(client.change(id, "curtail", MANAGER,
                "{\"endDate\":\"" + today + "\",\"reason\":\"Needed back on a project recovery\"}").body());
        assertEquals("CURTAILED", curtailed.getString("status"));
        assertEquals(today.toString(), curtailed.getString("end"));

        JsonObject reserved = json(client.change(id, "return", MANAGER, "{\"projectCode\":\"FIN-RUN\",\"level\":\"PROJECT_MANAGER\","
                + "\"start\":\"" + today.plusDays(1) + "\"}").body());
        assertEquals("RESERVED", reserved.getJsonObject("returnPlacement").getString("status"));
        assertEquals(List.of("PROPOSED", "APPROVED", "EXTENDED", "ACTIVATED", "CURTAILED", "RETURN_RESERVED"),
                reserved.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList());
        assertEquals("Needed back on a project recovery", reserved.getJsonArray("history").getJsonObject(4).getString("reason"));
        assertEquals("system", reserved.getJsonArray("history").getJsonObject(3).getString("by"));

        HttpResponse<String> cancelEnded = client.change(id, "cancel", MANAGER, "{\"reason\":\"too late\"}");
        assertEquals(422, cancelEnded.statusCode());
        assertEquals("status", json(cancelEnded.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(403, client.change(id, "approve", "leader", null).statusCode(), "a leader changes nothing");
        assertEquals(404, post("/api/v1/rotations/987654321/approve", MANAGER, "").statusCode());
        assertEquals(5, Database.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'ROTATION' AND subject_key = ?",
                String.valueOf(id)), "proposal, approval, extension, curtailment and return are audited");
    }

    @Test
    void candidatesAreEligibleRankedAndExplained() throws Exception {
        String pmo = newPmo(1);
        LocalDate start = inTwoYears().plusMonths(2);
        HttpResponse<String> response = new WebSession(base).getAs("/api/v1/rotations/candidates?pmo=" + pmo
                + "&role=PMO_ANALYST&start=" + start + "&months=12&limit=5", MANAGER, WebSession.DEMO_PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        List<JsonObject> items = json(response.body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(5, items.size());
        for (JsonObject item : items) {
            assertTrue(item.getString("reason").endsWith("meets every rule."), item.toString());
            JsonObject check = json(post("/api/v1/rotations/check", MANAGER,
                    request(item.getString("employeeNumber"), pmo, "PMO_ANALYST", start, 12)).body());
            assertTrue(check.getBoolean("ok"), "a candidate passes the dry run: " + check);
        }
        assertTrue(items.get(0).isNull("lastRotationEnd"), "people who never rotated come first");
        assertEquals(400, new WebSession(base).getAs("/api/v1/rotations/candidates?pmo=" + pmo + "&role=CEO&start=" + start
                + "&months=12", MANAGER, WebSession.DEMO_PASSWORD).statusCode());
        assertEquals(403, new WebSession(base).getAs("/api/v1/rotations/candidates?pmo=" + pmo + "&role=PMO_ANALYST&start=" + start
                + "&months=12", "leader", WebSession.DEMO_PASSWORD).statusCode());
    }

    private List<JsonObject> candidates(String pmo, LocalDate start, int limit) throws Exception {
        HttpResponse<String> response = new WebSession(base).getAs("/api/v1/rotations/candidates?pmo=" + pmo
                + "&role=PMO_ANALYST&start=" + start + "&months=12&limit=" + limit, MANAGER, WebSession.DEMO_PASSWORD);
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body()).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> numbers(List<JsonObject> candidates) {
        return candidates.stream().map(candidate -> candidate.getString("employeeNumber")).toList();
    }

    /**
     * The database hands the people over a hundred at a time, best-ranked first, and the rules are
     * checked on each: a short list must be the head of the whole ranking, across those rounds, and
     * the whole ranking must hold exactly the people the dry run accepts.
     */
    @Test
    void aShortListOfCandidatesIsTheHeadOfTheWholeRanking() throws Exception {
        String pmo = newPmo(3);
        LocalDate start = inTwoYears().plusMonths(4);
        List<String> all = numbers(candidates(pmo, start, 1_000_000));
        assertTrue(all.size() > 150, "more candidates than one round of the database: " + all.size());
        assertEquals(all.size(), Set.copyOf(all).size(), "nobody twice");
        assertEquals(all.subList(0, 5), numbers(candidates(pmo, start, 5)));
        assertEquals(all.subList(0, 150), numbers(candidates(pmo, start, 150)), "across the first round's end");

        List<JsonObject> ranked = candidates(pmo, start, all.size());
        for (int i = 1; i < ranked.size(); i++) {
            JsonObject before = ranked.get(i - 1);
            JsonObject after = ranked.get(i);
            assertTrue(after.isNull("lastRotationEnd") ? before.isNull("lastRotationEnd")
                            : before.isNull("lastRotationEnd") || !LocalDate.parse(before.getString("lastRotationEnd"))
                            .isAfter(LocalDate.parse(after.getString("lastRotationEnd"))),
                    "never rotated first, then the longest back: " + before + " before " + after);
        }

        // Everyone active, a sample across the directory: a candidate if and only if the dry run accepts them.
        List<String> people = Database.strings("SELECT employee_number FROM staff WHERE active = TRUE ORDER BY id");
        int step = Math.max(1, people.size() / 40);
        for (int i = 0; i < people.size(); i += step) {
            String person = people.get(i);
            JsonObject check = json(post("/api/v1/rotations/check", MANAGER, request(person, pmo, "PMO_ANALYST", start, 12)).body());
            assertEquals(check.getBoolean("ok"), all.contains(person), person + ": " + check);
        }
    }

    /**
     * People alike in every fact of the ranking (never rotated, the same level and hire date) are
     * told apart by their registration: a short list of them is found in one round of the
     * database, not by reading every one of them. They are hired on the earliest day a hire date
     * may have, so that people other classes register (the fuzz test's among them) rank after them.
     */
    @Test
    void peopleAlikeInEveryRankingFactAreTakenInTheOrderTheyWereRegistered() throws Exception {
        String tag = "ALIKE" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        StringBuilder csv = new StringBuilder("employeeNumber,fullName,email,department,hireDate,level\n");
        for (int i = 0; i < 250; i++) {
            csv.append(tag).append('-').append(i).append(",Alike ").append(i).append(',').append(tag.toLowerCase())
                    .append(i).append("@example.com,Finance,1900-01-01,PROJECT_COORDINATOR\n");
        }
        WebSession client = new WebSession(base);
        HttpResponse<String> imported = client.send(client.request("/api/v1/staff/import")
                .header("Authorization", WebSession.basic(MANAGER, WebSession.DEMO_PASSWORD))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
        assertEquals(200, imported.statusCode(), imported.body());
        try {
            String pmo = newPmo(2);
            LocalDate start = inTwoYears().plusMonths(5);
            HttpResponse<String> response = new WebSession(base).getAs("/api/v1/rotations/candidates?pmo=" + pmo
                    + "&role=PMO_ANALYST&start=" + start + "&months=12&limit=5", MANAGER, WebSession.DEMO_PASSWORD);
            assertEquals(200, response.statusCode(), response.body());
            List<String> firstRegistered = Database.strings("SELECT employee_number FROM staff WHERE employee_number LIKE ?"
                    + " ORDER BY id FETCH FIRST 5 ROWS ONLY", tag + "-%");
            assertEquals(firstRegistered, numbers(json(response.body()).getJsonArray("items").getValuesAs(JsonObject.class)),
                    "the earliest hired coordinators who never rotated, in the order they were registered");
            int statements = Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow());
            assertTrue(statements <= 6, "one round of the database for 250 people alike: " + statements + " statements");
        } finally {
            // Out of the other tests' way: they would otherwise lead every ranking.
            try (Connection db = Database.connect();
                 PreparedStatement retire = db.prepareStatement("UPDATE staff SET active = FALSE, version = version + 1"
                         + " WHERE employee_number LIKE ?")) {
                retire.setString(1, tag + "-%");
                retire.executeUpdate();
            }
        }
    }

    @Test
    void rotationsAreListedByStatusPmoPersonAndPeriod() throws Exception {
        JsonObject active = json(new WebSession(base).getAs("/api/v1/rotations?status=active&size=500", "leader", WebSession.DEMO_PASSWORD).body());
        assertEquals(Database.count("SELECT COUNT(*) FROM rotation WHERE status = 'ACTIVE'"), active.getJsonNumber("total").longValue());
        assertTrue(active.getJsonArray("items").getValuesAs(JsonObject.class).stream().allMatch(item -> item.getString("status").equals("ACTIVE")));
        assertFalse(active.getJsonArray("items").getJsonObject(0).containsKey("history"), "lists carry no history");

        String pmo = Database.strings("SELECT p.code FROM pmo p JOIN rotation r ON r.pmo_id = p.id GROUP BY p.code ORDER BY COUNT(*) DESC").get(0);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        long expected = Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = ?"
                + " AND r.start_date <= ? AND COALESCE(r.actual_end, r.planned_end) >= ?", pmo, to, from);
        JsonObject inPmo = json(new WebSession(base).getAs("/api/v1/rotations?pmo=" + pmo + "&from=" + from + "&to=" + to + "&size=2",
                "leader", WebSession.DEMO_PASSWORD).body());
        assertEquals(expected, inPmo.getJsonNumber("total").longValue(), "rotations of the PMO overlapping 2025");
        assertEquals(Math.min(2, expected), inPmo.getJsonArray("items").size(), "one page of two");

        String person = Database.strings("SELECT s.employee_number FROM staff s JOIN rotation r ON r.staff_id = s.id"
                + " GROUP BY s.employee_number HAVING COUNT(*) > 1 ORDER BY s.employee_number").get(0);
        JsonObject own = json(new WebSession(base).getAs("/api/v1/rotations?employeeNumber=" + person, MANAGER, WebSession.DEMO_PASSWORD).body());
        assertEquals(Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE s.employee_number = ?", person),
                own.getJsonNumber("total").longValue());
        List<String> starts = own.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getString("start")).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "oldest start first");

        // A staff member lists their own rotations, whatever they ask for.
        String mine = SecurityIT.ownEmployeeNumber();
        JsonObject staffList = json(new WebSession(base).getAs("/api/v1/rotations", "staff", WebSession.DEMO_PASSWORD).body());
        assertTrue(staffList.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(item -> item.getString("employeeNumber").equals(mine)), staffList.toString());
        assertEquals(403, new WebSession(base).getAs("/api/v1/rotations?employeeNumber=" + SecurityIT.otherEmployeeNumber(), "staff",
                WebSession.DEMO_PASSWORD).statusCode());
        assertEquals(400, new WebSession(base).getAs("/api/v1/rotations?status=SOMEDAY", "leader", WebSession.DEMO_PASSWORD).statusCode());
        HttpResponse<String> badDate = new WebSession(base).getAs("/api/v1/rotations?from=31.12.2025", "leader", WebSession.DEMO_PASSWORD);
        assertEquals(400, badDate.statusCode());
        assertEquals("from", json(badDate.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void anAdministratorChangesThePolicyAndTheRulesFollowIt() throws Exception {
        String pmo = newPmo(1);
        String person = neverRotated(1, inTwoYears()).get(0);
        String longRotation = request(person, pmo, "PMO_ANALYST", inTwoYears(), 30);
        JsonObject policy = json(new WebSession(base).getAs("/api/v1/policy", "leader", WebSession.DEMO_PASSWORD).body());
        assertEquals(24, policy.getInt("maxMonths"), "the design's default");
        long version = policy.getJsonNumber("version").longValue();
        String defaults = policy.toString();
        String longer = defaults.replace("\"maxMonths\":24", "\"maxMonths\":36");
        try {
            assertEquals("DURATION", json(post("/api/v1/rotations/check", MANAGER, longRotation).body())
                    .getJsonArray("violations").getJsonObject(0).getString("rule"));
            assertEquals(403, put("/api/v1/policy", MANAGER, longer).statusCode(), "only an administrator changes the policy");
            HttpResponse<String> backwards = put("/api/v1/policy", "admin", defaults.replace("\"maxMonths\":24", "\"maxMonths\":6"));
            assertEquals(422, backwards.statusCode());
            assertEquals("maxMonths", json(backwards.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
            assertEquals(422, put("/api/v1/policy", "admin", defaults.replace("\"atRiskDays\":60,", "")).statusCode(), "every threshold is required");

            HttpResponse<String> changed = put("/api/v1/policy", "admin", longer);
            assertEquals(200, changed.statusCode(), changed.body());
            assertTrue(json(changed.body()).getJsonNumber("version").longValue() > version);
            assertTrue(json(post("/api/v1/rotations/check", MANAGER, longRotation).body()).getBoolean("ok"), "30 months now pass");
            assertEquals(409, put("/api/v1/policy", "admin", defaults).statusCode(), "saved on the version read before the change");
            assertEquals(List.of("36"), Database.strings("SELECT setting FROM policy_setting WHERE code = 'DURATION_MAX_MONTHS'"));
        } finally {
            long now = json(new WebSession(base).getAs("/api/v1/policy", "admin", WebSession.DEMO_PASSWORD).body()).getJsonNumber("version").longValue();
            assertEquals(200, put("/api/v1/policy", "admin", defaults.replace("\"version\":" + version, "\"version\":" + now)).statusCode());
        }
    }

    /** A query parameter that is not what it must be is 400 naming it, never 404 as if the address did not exist, nor a 500. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/rotations?page=abc | page",
            "/api/v1/rotations?size=12.5 | size",
            "/api/v1/rotations?pmo=%00 | pmo",
            "/api/v1/staff?page=99999999999 | page",
            "/api/v1/staff?q=a%1Bb | q",
            "/api/v1/rotations/candidates?pmo=FIN-PMO&role=PMO_ANALYST&start=2029-01-01&limit=ten | limit",
            "/api/v1/rotations/candidates?pmo=FIN-PMO&role=PMO_ANALYST&start=2029-01-01&months=x | months",
            "/api/v1/reports/summary?pmo=%00 | pmo",
            "/api/v1/reports/bench?department=Fin%00ance | department",
    })
    void aMalformedQueryParameterIs400NamingIt(String path, String parameter) throws Exception {
        HttpResponse<String> response = new WebSession(base).getAs(path, "leader", WebSession.DEMO_PASSWORD);
        assertEquals(400, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
        JsonObject violation = json(response.body()).getJsonArray("violations").getJsonObject(0);
        assertEquals(parameter, violation.getString("field"), response.body());
        assertTrue(violation.getString("message").contains(parameter), violation.toString());
    }

    /** A number its field cannot hold is refused, never wrapped round or cut to a whole one. */
    @Test
    void aNumberOutOfRangeIsRefusedNotWrapped() throws Exception {
        String wrapsToTwelve = "{\"employeeNumber\":\"E10001\",\"pmoCode\":\"FIN-PMO\",\"role\":\"PMO_ANALYST\","
                + "\"start\":\"" + inTwoYears() + "\",\"months\":4294967308}";
        HttpResponse<String> check = post("/api/v1/rotations/check", MANAGER, wrapsToTwelve);
        assertEquals(400, check.statusCode(), "not {ok: true} for 12 months: " + check.body());
        JsonObject violation = json(check.body()).getJsonArray("violations").getJsonObject(0);
        assertEquals("months", violation.getString("field"));
        assertTrue(violation.getString("message").contains("\"4294967308\" is not a whole number from"), violation.toString());

        String policy = new WebSession(base).getAs("/api/v1/policy", "admin", WebSession.DEMO_PASSWORD).body();
        HttpResponse<String> huge = put("/api/v1/policy", "admin", policy.replace("\"atRiskDays\":60", "\"atRiskDays\":9223372036854775808"));
        assertEquals(400, huge.statusCode(), huge.body());
        assertEquals("atRiskDays", json(huge.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(policy, new WebSession(base).getAs("/api/v1/policy", "admin", WebSession.DEMO_PASSWORD).body(), "the policy as it was");
    }

    /** A caller who may not act is told so (403) whatever they sent: the body is not even read. */
    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', value = {
            "PUT  | /api/v1/policy                 | pmo.manager | {\"minMonths\":12}",
            "PUT  | /api/v1/policy                 | leader      | not JSON at all",
            "POST | /api/v1/rotations              | leader      | {\"employeeNumber\": broken",
            "POST | /api/v1/rotations/check        | staff       | {\"colour\":\"red\"}",
            "POST | /api/v1/rotations/1/extend     | leader      | {\"months\":4294967308}",
            "POST | /api/v1/staff                  | staff       | {\"colour\":\"red\"}",
            "PUT  | /api/v1/pmos/FIN-PMO           | leader      | {}",
            "POST | /api/v1/projects               | staff       | [1, 2",
            "POST | /api/v1/jobs/daily             | pmo.manager | ",
    })
    void whoMayActIsDecidedBeforeWhatTheySent(String method, String path, String user, String body) throws Exception {
        WebSession client = new WebSession(base);
        HttpResponse<String> response = client.send(client.request(path).header("Content-Type", "application/json")
                .header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD))
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body)));
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    private HttpResponse<String> put(String path, String user, String json) throws Exception {
        WebSession client = new WebSession(base);
        return client.send(client.request(path).header("Content-Type", "application/json")
                .header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD))
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void twentyManagersBookingTheLastSeatAtOnceGetItOnce() throws Exception {
        String pmo = newPmo(1);
        LocalDate start = inTwoYears().plusMonths(1);
        List<String> people = neverRotated(23, start).subList(3, 23);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String person : people) {
                Callable<HttpResponse<String>> booking = () -> {
                    go.await();
                    return post("/api/v1/rotations", MANAGER, request(person, pmo, "PMO_ANALYST", start, 12));
                };
                answers.add(pool.submit(booking));
            }
            go.countDown();
            int created = 0;
            int refusedForSeats = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    assertEquals(422, response.statusCode(), response.body());
                    assertEquals("SEATS", json(response.body()).getJsonArray("violations").getJsonObject(0).getString("rule"));
                    refusedForSeats++;
                }
            }
            assertEquals(1, created, "exactly one booking gets the seat");
            assertEquals(people.size() - 1, refusedForSeats);
            assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = ?", pmo));
        } finally {
            pool.shutdownNow();
        }
    }
}
