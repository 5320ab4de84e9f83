package org.pmorotations.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Project demand over the API: open roles opened, changed on the version read, filled by a person
 * (who then holds the project role) and withdrawn, each refusal naming its field and changing nothing.
 * The test's project and people are in a department of their own.
 */
@ExtendWith(ArquillianExtension.class)
class OpenRoleApiIT {

    private static final String DEPARTMENT = "Open Roles QA";

    @ArquillianResource
    URL base;

    private HttpResponse<String> send(String method, String path, String user, String json, String ifMatch) throws Exception {
        WebSession client = new WebSession(base);
        HttpRequest.Builder request = client.request(path).header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return client.send(request);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return send(method, path, "pmo.manager", json, null);
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        }
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    /** The field the first violation of a refusal names. */
    private static String field(HttpResponse<String> refused) {
        return object(refused.body()).getJsonArray("violations").getJsonObject(0).getString("field");
    }

    private String project() throws Exception {
        String code = unique("OR");
        HttpResponse<String> created = send("POST", "/api/v1/projects", "{\"code\":\"" + code + "\",\"name\":\"Demand <b>QA</b>\","
                + "\"department\":\"" + DEPARTMENT + "\",\"start\":\"2027-01-01\",\"end\":\"2029-12-31\"}");
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    private String person(String level) throws Exception {
        String number = unique("ORP");
        HttpResponse<String> created = send("POST", "/api/v1/staff", "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"Rhea " + number
                + "\",\"email\":\"" + number.toLowerCase() + "@example.com\",\"department\":\"" + DEPARTMENT
                + "\",\"hireDate\":\"2026-12-01\",\"level\":\"" + level + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return number;
    }

    private JsonObject open(String project, String extra) throws Exception {
        HttpResponse<String> opened = send("POST", "/api/v1/open-roles", "{\"projectCode\":\"" + project + "\",\"minLevel\":\"PROJECT_MANAGER\","
                + "\"start\":\"2027-03-01\"" + extra + "}");
        assertEquals(201, opened.statusCode(), opened.body());
        return object(opened.body());
    }

    private HttpResponse<String> importCsv(String user, String csv) throws Exception {
        WebSession client = new WebSession(base);
        return client.send(client.request("/api/v1/open-roles/import").header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD))
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    /**
     * The import's contract is the staff import's: the good lines opened in one go, each bad line
     * refused with its line number and every error naming its column, nothing of a bad line written.
     */
    @Test
    void anImportOpensTheGoodLinesAndRefusesTheBadOnesWithTheirLineAndColumn() throws Exception {
        String project = project();
        String tag = unique("IMP");
        String csv = "\uFEFFdescription,projectCode,minLevel,maxLevel,start,end\r\n"
                + "\"" + tag + " lead, \"\"east\"\"\"," + project.toLowerCase() + ",project_manager,,2027-04-01,\r\n"
                + tag + " wizard,NO-SUCH,WIZARD,,2027-13-01,\r\n"
                + "\r\n"
                + tag + " early," + project + ",PROJECT_MANAGER,,2026-06-01,\r\n"
                + tag + " upside down," + project + ",SENIOR_PROJECT_MANAGER,PROJECT_COORDINATOR,2027-05-01,2027-12-31\r\n"
                + tag + " <b>second</b>," + project + ",PROJECT_COORDINATOR,PROJECT_MANAGER,2027-06-01,2027-12-31\r\n";
        HttpResponse<String> imported = importCsv("pmo.manager", csv);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject result = object(imported.body());
        assertEquals(2, result.getInt("created"));
        JsonArray rejected = result.getJsonArray("rejected");
        assertEquals(List.of(3, 5, 6), rejected.stream().map(line -> line.asJsonObject().getInt("line")).toList(), imported.body());
        List<String> wizard = rejected.getJsonObject(0).getJsonArray("errors").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals(2, wizard.size(), "every error of the line: " + wizard);
        assertTrue(wizard.get(0).startsWith("minLevel:") && wizard.get(1).startsWith("start:"), wizard.toString());
        assertTrue(rejected.getJsonObject(1).getJsonArray("errors").getString(0).startsWith("start:"), imported.body());
        assertTrue(rejected.getJsonObject(2).getJsonArray("errors").getString(0).startsWith("maxLevel:"), imported.body());

        assertEquals(2, Database.count("SELECT COUNT(*) FROM open_role WHERE description LIKE ?", tag + "%"), "only the good lines");
        JsonArray opened = array(send("GET", "/api/v1/open-roles?project=" + project, "leader", null, null).body());
        assertEquals(List.of(tag + " lead, \"east\"", tag + " <b>second</b>"), opened.stream()
                .map(role -> role.asJsonObject().getString("description")).filter(text -> text.startsWith(tag)).toList(),
                "as written, quotes and markup kept as text");
        assertEquals(List.of("OPENED"), Database.strings("SELECT e.kind FROM open_role_event e JOIN open_role o ON o.id = e.open_role_id"
                + " WHERE o.description = ?", tag + " lead, \"east\""), "history from the start");

        HttpResponse<String> noStart = importCsv("pmo.manager", "projectCode,minLevel\n" + project + ",PROJECT_MANAGER\n");
        assertEquals(422, noStart.statusCode(), noStart.body());
        assertEquals("file", field(noStart));
        assertTrue(object(noStart.body()).getString("detail").contains("start"), noStart.body());
        assertEquals(403, importCsv("leader", csv).statusCode(), "a leader imports nothing");
        assertEquals(2, Database.count("SELECT COUNT(*) FROM open_role WHERE description LIKE ?", tag + "%"), "nothing more written");
    }

    @Test
    void anOpenRoleIsOpenedWithTheProjectsDepartmentAndRunsUntilTheProjectEnds() throws Exception {
        String project = project();

        JsonObject role = open(project, ",\"maxLevel\":\"SENIOR_PROJECT_MANAGER\",\"description\":\"Lead the <i>roll-out</i>\"");

        assertEquals("OPEN", role.getString("status"));
        assertEquals(DEPARTMENT, role.getString("department"));
        assertTrue(role.isNull("end"), "no end of its own");
        assertEquals("2029-12-31", role.getString("until"), "until the project ends");
        assertEquals("Lead the <i>roll-out</i>", role.getString("description"), "text kept as it was typed");
        assertEquals(List.of("OPENED"), role.getJsonArray("history").stream().map(step -> step.asJsonObject().getString("kind")).toList());
        long id = role.getJsonNumber("id").longValue();
        HttpResponse<String> read = send("GET", "/api/v1/open-roles/" + id, "leader", null, null);
        assertEquals(200, read.statusCode(), "a leader reads it");
        assertEquals("\"" + role.getJsonNumber("version").longValue() + "\"", read.headers().firstValue("ETag").orElse(""));
        JsonArray ofProject = array(send("GET", "/api/v1/open-roles?project=" + project, "leader", null, null).body());
        assertEquals(1, ofProject.size());
        assertEquals(project, ofProject.getJsonObject(0).getString("projectCode"));
    }

    @Test
    void impossibleOpenRolesAreRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        String project = project();
        long before = Database.count("SELECT COUNT(*) FROM open_role");
        String valid = "{\"projectCode\":\"" + project + "\",\"minLevel\":\"SENIOR_PROJECT_MANAGER\",\"start\":\"2027-03-01\"";

        assertEquals("maxLevel", field(send("POST", "/api/v1/open-roles", valid + ",\"maxLevel\":\"PROJECT_MANAGER\"}")));
        assertEquals("start", field(send("POST", "/api/v1/open-roles", valid.replace("2027-03-01", "2026-06-01") + "}")));
        assertEquals("end", field(send("POST", "/api/v1/open-roles", valid + ",\"end\":\"2030-06-30\"}")));
        assertEquals("projectCode", field(send("POST", "/api/v1/open-roles", valid.replace(project, "NO-SUCH") + "}")));
        assertEquals("minLevel", field(send("POST", "/api/v1/open-roles", valid.replace("\"SENIOR_PROJECT_MANAGER\"", "null") + "}")));
        HttpResponse<String> unknownLevel = send("POST", "/api/v1/open-roles", valid.replace("SENIOR_PROJECT_MANAGER", "WIZARD") + "}");
        assertTrue(unknownLevel.statusCode() == 400 || unknownLevel.statusCode() == 422, unknownLevel.body());
        assertEquals(403, send("POST", "/api/v1/open-roles", "leader", valid + "}", null).statusCode(), "a leader changes nothing");
        assertEquals(403, send("GET", "/api/v1/open-roles", "staff", null, null).statusCode(), "staff do not read project demand");
        assertEquals(400, send("GET", "/api/v1/open-roles?status=SOMETIMES", "leader", null, null).statusCode());
        assertEquals(404, send("GET", "/api/v1/open-roles/999999999", "leader", null, null).statusCode());
        assertEquals(before, Database.count("SELECT COUNT(*) FROM open_role"), "nothing written");
    }

    @Test
    void aChangeIsMadeOnTheVersionReadAndKeptInTheHistory() throws Exception {
        JsonObject role = open(project(), "");
        long id = role.getJsonNumber("id").longValue();
        String change = "{\"minLevel\":\"SENIOR_PROJECT_MANAGER\",\"start\":\"2027-04-01\",\"end\":\"2027-12-31\"";

        assertEquals(428, send("PUT", "/api/v1/open-roles/" + id, change + "}").statusCode(), "without the version read");
        assertEquals(409, send("PUT", "/api/v1/open-roles/" + id, change + ",\"version\":99}").statusCode(), "on a stale version");
        HttpResponse<String> changed = send("PUT", "/api/v1/open-roles/" + id, "pmo.manager", change + "}",
                "\"" + role.getJsonNumber("version").longValue() + "\"");

        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject now = object(changed.body());
        assertEquals("SENIOR_PROJECT_MANAGER", now.getString("minLevel"));
        assertEquals("2027-12-31", now.getString("until"));
        JsonObject step = now.getJsonArray("history").getJsonObject(1);
        assertEquals("CHANGED", step.getString("kind"));
        assertEquals("pmo.manager", step.getString("actor"));
        assertTrue(step.getString("detail").contains("-> senior project manager or above"), step.getString("detail"));
    }

    @Test
    void aPersonFillsAnOpenRoleAndHoldsItsProjectRoleOnlyAtALevelItAdmits() throws Exception {
        String project = project();
        JsonObject role = open(project, ",\"maxLevel\":\"SENIOR_PROJECT_MANAGER\"");
        long id = role.getJsonNumber("id").longValue();
        long version = role.getJsonNumber("version").longValue();
        String coordinator = person("PROJECT_COORDINATOR");
        String manager = person("PROJECT_MANAGER");

        HttpResponse<String> tooJunior = send("POST", "/api/v1/open-roles/" + id + "/fill",
                "{\"employeeNumber\":\"" + coordinator + "\",\"version\":" + version + "}");
        assertEquals(422, tooJunior.statusCode(), tooJunior.body());
        assertEquals("employeeNumber", field(tooJunior));
        assertTrue(object(tooJunior.body()).getString("detail").contains("project manager to senior project manager"), tooJunior.body());
        assertEquals("start", field(send("POST", "/api/v1/open-roles/" + id + "/fill",
                "{\"employeeNumber\":\"" + manager + "\",\"start\":\"2027-02-01\",\"version\":" + version + "}")));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM project_role pr JOIN project p ON p.id = pr.project_id WHERE p.code = ?", project),
                "no role recorded by a refused fill");

        HttpResponse<String> filled = send("POST", "/api/v1/open-roles/" + id + "/fill",
                "{\"employeeNumber\":\"" + manager + "\",\"start\":\"2027-05-01\",\"version\":" + version + "}");

        assertEquals(200, filled.statusCode(), filled.body());
        JsonObject now = object(filled.body());
        assertEquals("FILLED", now.getString("status"));
        assertEquals(manager, now.getJsonObject("filledBy").getString("employeeNumber"));
        assertEquals("2027-05-01", now.getJsonObject("filledBy").getString("start"));
        assertEquals(List.of(project + " 2027-05-01 2029-12-31 PROJECT_MANAGER"), Database.strings("SELECT p.code || ' ' || CAST(pr.start_date AS VARCHAR(10))"
                + " || ' ' || CAST(pr.end_date AS VARCHAR(10)) || ' ' || pr.career_level FROM project_role pr JOIN project p ON p.id = pr.project_id"
                + " JOIN staff s ON s.id = pr.staff_id WHERE s.employee_number = ?", manager), "the person holds the role until the project ends");
        HttpResponse<String> again = send("POST", "/api/v1/open-roles/" + id + "/fill",
                "{\"employeeNumber\":\"" + coordinator + "\",\"version\":" + now.getJsonNumber("version").longValue() + "}");
        assertEquals(422, again.statusCode(), again.body());
        assertTrue(object(again.body()).getString("detail").contains("filled"), again.body());
    }

    @Test
    void aWithdrawalNeedsAReason() throws Exception {
        JsonObject role = open(project(), "");
        long id = role.getJsonNumber("id").longValue();
        String version = "\"" + role.getJsonNumber("version").longValue() + "\"";

        HttpResponse<String> noReason = send("POST", "/api/v1/open-roles/" + id + "/withdraw", "pmo.manager", "{}", version);
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("reason", field(noReason));
        HttpResponse<String> withdrawn = send("POST", "/api/v1/open-roles/" + id + "/withdraw", "pmo.manager",
                "{\"reason\":\"Hired from outside\"}", version);

        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        JsonObject now = object(withdrawn.body());
        assertEquals("WITHDRAWN", now.getString("status"));
        assertEquals("Hired from outside", now.getJsonArray("history").getJsonObject(1).getString("reason"));
        assertTrue(array(send("GET", "/api/v1/open-roles?status=OPEN", "leader", null, null).body()).stream()
                .noneMatch(listed -> listed.asJsonObject().getJsonNumber("id").longValue() == id), "no longer among the open ones");
    }

    /**
     * Approving a rotation ends the person's role at home the day before it and opens a backfill
     * there at that role's level; moving the rotation moves both; cancelling it gives the role back
     * and withdraws the backfill.
     */
    @Test
    void anApprovedRotationLeavesABackfillAtHomeThatMovesWithItAndIsWithdrawnWhenItIsCancelled() throws Exception {
        String home = unique("HB");
        assertEquals(201, send("POST", "/api/v1/projects", "{\"code\":\"" + home + "\",\"name\":\"Home of a rotation\","
                + "\"department\":\"" + DEPARTMENT + "\",\"start\":\"2015-01-01\",\"end\":null}").statusCode());
        String pmo = unique("BP");
        assertEquals(201, send("POST", "/api/v1/pmos", "admin", "{\"code\":\"" + pmo + "\",\"name\":\"Backfill PMO " + pmo + "\","
                + "\"tier\":\"DEPARTMENT\",\"seats\":{\"PMO_ANALYST\":2,\"PMO_MANAGER\":1},\"opens\":\"2020-01-06\",\"closes\":null}", null).statusCode());
        String number = unique("BPP");
        assertEquals(201, send("POST", "/api/v1/staff", "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"Lena " + number
                + "\",\"email\":\"" + number.toLowerCase() + "@example.com\",\"department\":\"" + DEPARTMENT
                + "\",\"hireDate\":\"2015-01-05\",\"level\":\"PROJECT_COORDINATOR\"}").statusCode());
        HttpResponse<String> role = send("POST", "/api/v1/staff/" + number + "/roles",
                "{\"projectCode\":\"" + home + "\",\"level\":\"PROJECT_COORDINATOR\",\"start\":\"2016-01-04\"}");
        assertEquals(201, role.statusCode(), role.body());
        java.time.LocalDate start = java.time.LocalDate.now().plusYears(2).withDayOfMonth(1);
        HttpResponse<String> proposed = send("POST", "/api/v1/rotations", "{\"employeeNumber\":\"" + number + "\",\"pmoCode\":\"" + pmo
                + "\",\"role\":\"PMO_ANALYST\",\"start\":\"" + start + "\",\"months\":12,\"objectives\":[\"PROCESS_IMPROVEMENT\"]}");
        assertEquals(201, proposed.statusCode(), proposed.body());
        JsonObject rotation = object(proposed.body());
        long id = rotation.getJsonNumber("id").longValue();
        assertEquals(0, array(send("GET", "/api/v1/projects/" + home + "/backfills", "leader", null, null).body()).size(),
                "a proposal leaves no backfill");

        HttpResponse<String> approved = send("POST", "/api/v1/rotations/" + id + "/approve", "pmo.manager", null,
                "\"" + rotation.getJsonNumber("version").longValue() + "\"");

        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals(List.of(String.valueOf(start.minusDays(1))), homeRoleEnds(number), "the role at home ends the day before");
        JsonArray backfills = array(send("GET", "/api/v1/projects/" + home + "/backfills", "leader", null, null).body());
        assertEquals(1, backfills.size(), backfills.toString());
        JsonObject backfill = backfills.getJsonObject(0);
        assertEquals("OPEN", backfill.getString("status"));
        assertEquals(String.valueOf(start), backfill.getString("start"));
        assertTrue(backfill.isNull("end"), "as long as the role would have run");
        assertEquals("PROJECT_COORDINATOR", backfill.getString("minLevel"));
        assertEquals("PROJECT_COORDINATOR", backfill.getString("maxLevel"));
        assertEquals(number, backfill.getJsonObject("replaces").getString("employeeNumber"));
        assertEquals(id, backfill.getJsonNumber("backfillFor").longValue());

        java.time.LocalDate later = start.plusMonths(2);
        HttpResponse<String> moved = send("POST", "/api/v1/rotations/" + id + "/reschedule", "{\"start\":\"" + later
                + "\",\"months\":12,\"version\":" + object(approved.body()).getJsonNumber("version").longValue() + "}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(List.of(String.valueOf(later.minusDays(1))), homeRoleEnds(number), "the cut moves with the rotation");
        assertEquals(String.valueOf(later), array(send("GET", "/api/v1/projects/" + home + "/backfills", "leader", null, null).body())
                .getJsonObject(0).getString("start"));

        HttpResponse<String> cancelled = send("POST", "/api/v1/rotations/" + id + "/cancel", "{\"reason\":\"Needed at home\",\"version\":"
                + object(moved.body()).getJsonNumber("version").longValue() + "}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals(java.util.Collections.singletonList(null), homeRoleEnds(number), "the role at home runs on as it did");
        assertEquals("WITHDRAWN", array(send("GET", "/api/v1/projects/" + home + "/backfills", "leader", null, null).body())
                .getJsonObject(0).getString("status"));
        assertEquals(404, send("GET", "/api/v1/projects/NO-SUCH/backfills", "leader", null, null).statusCode());
    }

    /**
     * The way back: the matches of a rotation come best first with their reasons, never a role
     * below the person's level or one that ends before they return; a return reserved from a
     * match, once confirmed, fills its open role with the person's project role.
     */
    @Test
    void aReturnReservedFromAMatchAndConfirmedFillsTheOpenRole() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now();
        // A demo rotation under way, ended yesterday, so that the person returns today.
        long id = Database.count("SELECT MAX(r.id) FROM rotation r WHERE r.status = 'ACTIVE' AND r.return_placement_id IS NULL"
                + " AND r.start_date < ? AND r.planned_end > ?", today.minusDays(1), today);
        String level = Database.strings("SELECT s.career_level FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE r.id = ?", id).get(0);
        String number = Database.strings("SELECT s.employee_number FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE r.id = ?", id).get(0);
        long version = Database.count("SELECT version FROM rotation WHERE id = ?", id);
        HttpResponse<String> curtailed = send("POST", "/api/v1/rotations/" + id + "/curtail", "{\"endDate\":\"" + today.minusDays(1)
                + "\",\"reason\":\"Needed back\",\"version\":" + version + "}");
        assertEquals(200, curtailed.statusCode(), curtailed.body());
        String project = unique("RM");
        assertEquals(201, send("POST", "/api/v1/projects", "{\"code\":\"" + project + "\",\"name\":\"Way back\",\"department\":\""
                + DEPARTMENT + "\",\"start\":\"2015-01-01\",\"end\":null}").statusCode());
        String ended = unique("RE");
        assertEquals(201, send("POST", "/api/v1/projects", "{\"code\":\"" + ended + "\",\"name\":\"Over soon\",\"department\":\""
                + DEPARTMENT + "\",\"start\":\"2015-01-01\",\"end\":\"" + today.minusDays(1) + "\"}").statusCode());
        String opening = "{\"projectCode\":\"" + project + "\",\"minLevel\":\"" + level + "\",\"maxLevel\":\"" + level
                + "\",\"start\":\"" + today + "\"}";
        HttpResponse<String> opened = send("POST", "/api/v1/open-roles", opening);
        assertEquals(201, opened.statusCode(), opened.body());
        long role = object(opened.body()).getJsonNumber("id").longValue();
        HttpResponse<String> gone = send("POST", "/api/v1/open-roles", opening.replace(project, ended).replace("\"" + today + "\"",
                "\"" + today.minusDays(30) + "\""));
        assertEquals(201, gone.statusCode(), gone.body());
        long goneId = object(gone.body()).getJsonNumber("id").longValue();

        HttpResponse<String> matches = send("GET", "/api/v1/rotations/" + id + "/return-matches?limit=200", "leader", null, null);

        assertEquals(200, matches.statusCode(), matches.body());
        JsonArray ranked = array(matches.body());
        JsonArray best = array(send("GET", "/api/v1/rotations/" + id + "/return-matches", "leader", null, null).body());
        assertEquals(Math.min(20, ranked.size()), best.size(), "the best twenty unless asked for more");
        assertEquals(ranked.getJsonObject(0), best.getJsonObject(0), "the same best");
        assertEquals(1, array(send("GET", "/api/v1/rotations/" + id + "/return-matches?limit=1", "leader", null, null).body()).size());
        assertEquals(400, send("GET", "/api/v1/rotations/" + id + "/return-matches?limit=many", "leader", null, null).statusCode());
        List<Long> offered = ranked.stream().map(match -> match.asJsonObject().getJsonObject("openRole").getJsonNumber("id").longValue()).toList();
        assertTrue(offered.contains(role), "the role at their level, free today: " + matches.body());
        assertTrue(!offered.contains(goneId), "never a role on a project that ends before the return");
        for (int i = 0; i < ranked.size(); i++) {
            JsonObject match = ranked.getJsonObject(i);
            assertEquals(i + 1, match.getInt("rank"));
            assertTrue(!match.getString("reason").isBlank());
        }
        JsonObject ours = ranked.stream().map(match -> match.asJsonObject())
                .filter(match -> match.getJsonObject("openRole").getJsonNumber("id").longValue() == role).findFirst().orElseThrow();
        assertEquals(String.valueOf(today), ours.getString("start"));
        assertEquals(0, ours.getInt("gapDays"));
        assertTrue(ours.getString("reason").contains("free on the day they return"), ours.getString("reason"));

        long now = Database.count("SELECT version FROM rotation WHERE id = ?", id);
        HttpResponse<String> notAMatch = send("POST", "/api/v1/rotations/" + id + "/return", "{\"openRoleId\":" + goneId
                + ",\"version\":" + now + "}");
        assertEquals(422, notAMatch.statusCode(), notAMatch.body());
        assertEquals("openRole", field(notAMatch));
        HttpResponse<String> reserved = send("POST", "/api/v1/rotations/" + id + "/return", "{\"openRoleId\":" + role
                + ",\"version\":" + now + "}");
        assertEquals(200, reserved.statusCode(), reserved.body());
        assertEquals(List.of(project + " " + today), Database.strings("SELECT p.code || ' ' || CAST(rp.start_date AS VARCHAR(10))"
                + " FROM rotation r JOIN return_placement rp ON rp.id = r.return_placement_id JOIN project p ON p.id = rp.project_id"
                + " WHERE r.id = ?", id));
        HttpResponse<String> confirmed = send("POST", "/api/v1/rotations/" + id + "/return/confirm", "pmo.manager", null,
                "\"" + object(reserved.body()).getJsonNumber("version").longValue() + "\"");
        assertEquals(200, confirmed.statusCode(), confirmed.body());

        JsonObject filled = object(send("GET", "/api/v1/open-roles/" + role, "leader", null, null).body());
        assertEquals("FILLED", filled.getString("status"), filled.toString());
        assertEquals(number, filled.getJsonObject("filledBy").getString("employeeNumber"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM project_role pr JOIN project p ON p.id = pr.project_id"
                + " JOIN staff s ON s.id = pr.staff_id WHERE p.code = ? AND s.employee_number = ? AND pr.start_date = ?", project, number, today),
                "the return is the person's project role");
    }

    private static List<String> homeRoleEnds(String employeeNumber) throws Exception {
        return Database.strings("SELECT CAST(pr.end_date AS VARCHAR(10)) FROM project_role pr JOIN staff s ON s.id = pr.staff_id"
                + " WHERE s.employee_number = ?", employeeNumber);
    }
}
