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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The staff import and the staff resource over HTTP, checked against the database. */
@ExtendWith(ArquillianExtension.class)
class StaffApiIT {

    private static final String HEADER = "employeeNumber,fullName,email,department,hireDate,level\r\n";

    @ArquillianResource
    URL base;

    private HttpResponse<String> importCsv(String user, byte[] csv) throws Exception {
        WebSession client = new WebSession(base);
        return client.send(client.request("/api/v1/staff/import")
                .header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String prefix() {
        return "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void importKeepsGoodRowsRejectsBadOnesAndIsIdempotent() throws Exception {
        String p = prefix();
        String file = "\uFEFF" + HEADER
                + p + "-1,\"Núñez, Ana\",ana." + p + "@example.com,Finance,2020-02-01,PROJECT_MANAGER\r\n"
                + "\r\n"
                + p + "-2,Bo Lind,not-an-email,Operations,2019-13-45,CEO\r\n"
                + p + "-3,Cy Berg,cy." + p + "@example.com,\"Supply \"\"Chain\"\"\",2018-05-15,PROGRAM_MANAGER\r\n";
        HttpResponse<String> first = importCsv("pmo.manager", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, first.statusCode(), first.body());
        JsonObject result = json(first.body());
        assertEquals(2, result.getInt("created"));
        assertEquals(0, result.getInt("updated"));
        assertEquals(1, result.getJsonArray("rejected").size());
        JsonObject bad = result.getJsonArray("rejected").getJsonObject(0);
        assertEquals(4, bad.getInt("line"), "the line in the file, header = 1, the empty line counted");
        assertEquals(3, bad.getJsonArray("errors").size(), bad.toString());
        assertEquals("Núñez, Ana", Database.strings("SELECT full_name FROM staff WHERE employee_number = ?", p + "-1").get(0));
        assertEquals("Supply \"Chain\"", Database.strings("SELECT department FROM staff WHERE employee_number = ?", p + "-3").get(0));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM staff WHERE employee_number = ?", p + "-2"), "nothing of the bad row");

        JsonObject again = json(importCsv("pmo.manager", file.getBytes(StandardCharsets.UTF_8)).body());
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"), "the same file twice changes nothing the second time");

        String promoted = HEADER + p + "-1,\"Núñez, Ana\",ana." + p + "@example.com,Finance,2020-02-01,SENIOR_PROJECT_MANAGER\r\n";
        JsonObject update = json(importCsv("admin", promoted.getBytes(StandardCharsets.UTF_8)).body());
        assertEquals(1, update.getInt("updated"));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM level_change l JOIN staff s ON s.id = l.staff_id WHERE s.employee_number = ?",
                p + "-1"), "a new level is history, not an overwrite");

        HttpResponse<String> person = new WebSession(base).getAs("/api/v1/staff/" + p + "-1", "leader", WebSession.DEMO_PASSWORD);
        assertEquals(200, person.statusCode());
        assertEquals("SENIOR_PROJECT_MANAGER", json(person.body()).getString("level"));
        assertEquals(404, new WebSession(base).getAs("/api/v1/staff/NOBODY-1", "leader", WebSession.DEMO_PASSWORD).statusCode());
        assertEquals(403, importCsv("leader", file.getBytes(StandardCharsets.UTF_8)).statusCode(), "a leader imports nothing");
    }

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        WebSession client = new WebSession(base);
        return client.send(client.request(path)
                .header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void createSearchAndUpdateWithTheVersionRead() throws Exception {
        String number = prefix() + "-7";
        String body = "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"Zoë Quist\",\"email\":\"zoe@example.com\","
                + "\"department\":\"Finance\",\"hireDate\":\"2021-04-01\",\"level\":\"PROJECT_MANAGER\"}";
        HttpResponse<String> created = send("POST", "/api/v1/staff", "pmo.manager", body);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/staff/" + number));
        assertEquals(409, send("POST", "/api/v1/staff", "pmo.manager", body).statusCode(), "a duplicate employee number");

        JsonObject page = json(new WebSession(base).getAs("/api/v1/staff?q=zoë&level=PROJECT_MANAGER&size=10", "leader",
                WebSession.DEMO_PASSWORD).body());
        assertTrue(page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(item -> item.getString("employeeNumber").equals(number)), page.toString());
        assertTrue(page.getJsonNumber("total").longValue() >= 1);

        long version = json(created.body()).getJsonNumber("version").longValue();
        String update = body.replace("Zoë Quist", "Zoë Quist-Berg").replace("}", ",\"version\":" + version + "}");
        HttpResponse<String> first = send("PUT", "/api/v1/staff/" + number, "pmo.manager", update);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("Zoë Quist-Berg", json(first.body()).getString("fullName"));
        HttpResponse<String> stale = send("PUT", "/api/v1/staff/" + number, "pmo.manager", update.replace("Quist-Berg", "Other"));
        assertEquals(409, stale.statusCode(), "the second edit read an older version");
        assertEquals("version", json(stale.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals("Zoë Quist-Berg", Database.strings("SELECT full_name FROM staff WHERE employee_number = ?", number).get(0),
                "the stale edit changed nothing");
        assertEquals(403, send("PUT", "/api/v1/staff/" + number, "leader", update).statusCode(), "a leader changes nothing");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'STAFF_UPDATED' AND subject_key = ?"
                + " AND before_value LIKE 'Zoë Quist,%' AND after_value LIKE 'Zoë Quist-Berg,%'", number), "audited with before and after");
    }

    @Test
    void theCareerHistoryRecordsRolesAndPromotionsInOrder() throws Exception {
        String number = prefix() + "-8";
        String project = prefix() + "A";
        String next = prefix() + "B";
        assertEquals(201, send("POST", "/api/v1/staff", "pmo.manager", "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"Ines Ward\","
                + "\"email\":\"ines@example.com\",\"department\":\"Finance\",\"hireDate\":\"2020-01-06\",\"level\":\"PROJECT_COORDINATOR\"}").statusCode());
        for (String code : new String[]{project, next}) {
            assertEquals(201, send("POST", "/api/v1/projects", "pmo.manager", "{\"code\":\"" + code + "\",\"name\":\"Project " + code
                    + "\",\"department\":\"Finance\",\"start\":\"2019-01-01\"}").statusCode(), "an ongoing project");
        }
        String roles = "/api/v1/staff/" + number + "/roles";
        HttpResponse<String> first = send("POST", roles, "pmo.manager",
                "{\"projectCode\":\"" + project + "\",\"level\":\"PROJECT_COORDINATOR\",\"start\":\"2020-01-06\"}");
        assertEquals(201, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Location").orElse("").endsWith("/api/v1/staff/" + number + "/history"));
        assertTrue(json(first.body()).isNull("end"), "open-ended: the person is still on it");

        // The move to another project ends the open-ended role the day before.
        assertEquals(201, send("POST", roles, "pmo.manager",
                "{\"projectCode\":\"" + next + "\",\"level\":\"PROJECT_MANAGER\",\"start\":\"2022-03-01\"}").statusCode());
        HttpResponse<String> overlapping = send("POST", roles, "pmo.manager",
                "{\"projectCode\":\"" + project + "\",\"level\":\"PROJECT_COORDINATOR\",\"start\":\"2021-01-01\",\"end\":\"2021-06-30\"}");
        assertEquals(422, overlapping.statusCode(), "one primary assignment a day");
        JsonObject problem = json(overlapping.body()).getJsonArray("violations").getJsonObject(0);
        assertEquals("start", problem.getString("field"));
        assertTrue(problem.getString("message").contains(project) && problem.getString("message").contains("2020-01-06"), problem.toString());
        assertEquals(422, send("POST", roles, "pmo.manager", "{\"projectCode\":\"NOPE-" + project
                + "\",\"level\":\"PROJECT_MANAGER\",\"start\":\"2031-01-01\"}").statusCode(), "unknown project");
        assertEquals(400, send("POST", roles, "pmo.manager", "{\"projectCode\":\"" + project
                + "\",\"level\":\"PROJECT_MANAGER\",\"start\":\"1/3/2031\"}").statusCode(), "malformed date");
        assertEquals(403, send("POST", roles, "leader", "{\"projectCode\":\"" + project
                + "\",\"level\":\"PROJECT_MANAGER\",\"start\":\"2031-01-01\"}").statusCode(), "a leader records nothing");
        assertEquals(2, Database.count("SELECT COUNT(*) FROM project_role pr JOIN staff s ON s.id = pr.staff_id WHERE s.employee_number = ?",
                number), "only the two roles accepted");

        String levels = "/api/v1/staff/" + number + "/levels";
        HttpResponse<String> promoted = send("POST", levels, "pmo.manager", "{\"level\":\"PROJECT_MANAGER\",\"effective\":\"2022-03-01\"}");
        assertEquals(201, promoted.statusCode(), promoted.body());
        assertEquals("PROJECT_MANAGER", json(promoted.body()).getString("currentLevel"));
        assertEquals(422, send("POST", levels, "pmo.manager", "{\"level\":\"PROGRAM_MANAGER\",\"effective\":\"2022-03-01\"}").statusCode(),
                "one change a day");
        assertEquals(422, send("POST", levels, "pmo.manager", "{\"level\":\"PROGRAM_MANAGER\",\"effective\":\"2019-03-01\"}").statusCode(),
                "not before the hire date");
        assertEquals(404, send("POST", "/api/v1/staff/NOBODY-" + number + "/levels", "pmo.manager",
                "{\"level\":\"PROGRAM_MANAGER\",\"effective\":\"2023-03-01\"}").statusCode());

        HttpResponse<String> read = new WebSession(base).getAs("/api/v1/staff/" + number + "/history", "leader", WebSession.DEMO_PASSWORD);
        assertEquals(200, read.statusCode(), read.body());
        List<String> lines = json(read.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("kind") + " " + item.getString("start") + " "
                        + (item.containsKey("end") ? (item.isNull("end") ? "open" : item.getString("end")) : "-") + " "
                        + item.getString("level", "") + " " + item.getString("projectCode", ""))
                .toList();
        assertEquals(List.of(
                "LEVEL_CHANGE 2020-01-06 - PROJECT_COORDINATOR ",
                "PROJECT_ROLE 2020-01-06 2022-02-28 PROJECT_COORDINATOR " + project,
                "LEVEL_CHANGE 2022-03-01 - PROJECT_MANAGER ",
                "PROJECT_ROLE 2022-03-01 open PROJECT_MANAGER " + next), lines, "oldest first, the promotion kept as history");
        assertEquals(403, new WebSession(base).getAs("/api/v1/staff/" + number + "/history", "staff", WebSession.DEMO_PASSWORD).statusCode(),
                "a staff member reads only their own history");
    }

    @Test
    void anEmailAddressOfAnImpossibleShapeIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String number = prefix() + "-8";
        String body = "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"Ines Roth\",\"email\":\"ines@exa;ple.com\","
                + "\"department\":\"Finance\",\"hireDate\":\"2021-04-01\",\"level\":\"PROJECT_MANAGER\"}";
        for (String address : new String[] {"ines@exa;ple.com", "ines@example..com", "<ines@example.com>", "ines@example"}) {
            HttpResponse<String> refused = send("POST", "/api/v1/staff", "pmo.manager", body.replace("ines@exa;ple.com", address));
            assertEquals(422, refused.statusCode(), address + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), refused.body());
            JsonObject violation = json(refused.body()).getJsonArray("violations").getJsonObject(0);
            assertEquals("email", violation.getString("field"));
            assertEquals("\"" + address + "\" is not an e-mail address.", violation.getString("message"));
        }
        assertEquals(0, Database.count("SELECT COUNT(*) FROM staff WHERE employee_number = ?", number), "nothing stored");

        HttpResponse<String> created = send("POST", "/api/v1/staff", "pmo.manager", body.replace("exa;ple", "example"));
        assertEquals(201, created.statusCode(), created.body());
        long version = json(created.body()).getJsonNumber("version").longValue();
        HttpResponse<String> update = send("PUT", "/api/v1/staff/" + number, "pmo.manager",
                body.replace("Ines Roth", "Ines Roth-Berg").replace("}", ",\"version\":" + version + "}"));
        assertEquals(422, update.statusCode(), update.body());
        assertEquals("email", json(update.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(List.of("Ines Roth"), Database.strings("SELECT full_name FROM staff WHERE employee_number = ?", number),
                "the refused edit changed nothing, not even the name that was valid");
        assertEquals(List.of("ines@example.com"), Database.strings("SELECT email FROM staff WHERE employee_number = ?", number));

        String file = HEADER + number + "-9,Jo Berg,jo@exa;ple.com,Finance,2020-02-01,PROJECT_MANAGER\r\n";
        JsonObject imported = json(importCsv("pmo.manager", file.getBytes(StandardCharsets.UTF_8)).body());
        assertEquals(0, imported.getInt("created"));
        assertEquals("email: \"jo@exa;ple.com\" is not an e-mail address.",
                imported.getJsonArray("rejected").getJsonObject(0).getJsonArray("errors").getString(0));
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedWhole() throws Exception {
        HttpResponse<String> response = importCsv("pmo.manager", "employeeNumber,fullName\r\nX-1,Someone\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, response.statusCode());
        assertEquals("file", json(response.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void tenThousandRowsAreImportedInOneCall() throws Exception {
        String p = prefix();
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 10_000; i++) {
            file.append(p).append('-').append(i).append(",Person ").append(i).append(",p").append(i).append('.').append(p.toLowerCase())
                    .append("@example.com,Operations,2015-01-01,PROJECT_COORDINATOR\r\n");
        }
        long started = System.nanoTime();
        HttpResponse<String> response = importCsv("admin", file.toString().getBytes(StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(10_000, json(response.body()).getInt("created"));
        assertEquals(10_000, Database.count("SELECT COUNT(*) FROM staff WHERE employee_number LIKE ?", p + "-%"));
        System.out.println("Imported 10,000 staff rows in " + millis + " ms (" + Database.kind() + ")");
    }
}
