package org.pmorotations.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PMOs and projects over the API: list, create, versioned update, refusals. */
@ExtendWith(ArquillianExtension.class)
class PmoProjectApiIT {

    @ArquillianResource
    URL base;

    private HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        WebSession client = new WebSession(base);
        HttpRequest.Builder request = client.request(path).header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return client.send(request);
    }

    private static String body(HttpResponse<String> response) {
        return response.body();
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

    @Test
    void pmosAreListedCreatedAndUpdatedWithTheVersionRead() throws Exception {
        JsonArray all = array(body(send("GET", "/api/v1/pmos", "leader", null)));
        assertTrue(all.size() >= 10, "the demo PMOs");
        JsonObject enterprise = object(body(send("GET", "/api/v1/pmos/EPMO", "leader", null)));
        assertEquals("ENTERPRISE", enterprise.getString("tier"));
        assertEquals(3, enterprise.getJsonObject("seats").getInt("PMO_ANALYST"));

        String code = "QA" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String pmo = "{\"code\":\"" + code + "\",\"name\":\"Quality PMO\",\"tier\":\"PROGRAM\","
                + "\"seats\":{\"PMO_ANALYST\":2,\"PMO_MANAGER\":1},\"opens\":\"2027-01-01\",\"closes\":\"2028-12-31\"}";
        HttpResponse<String> created = send("POST", "/api/v1/pmos", "pmo.manager", pmo);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/pmos/" + code));
        assertEquals(409, send("POST", "/api/v1/pmos", "pmo.manager", pmo).statusCode(), "a duplicate code");
        HttpResponse<String> negative = send("POST", "/api/v1/pmos", "pmo.manager", pmo.replace(code, code + "N").replace("\"PMO_ANALYST\":2", "\"PMO_ANALYST\":-1"));
        assertEquals(422, negative.statusCode(), negative.body());
        assertEquals("seats.PMO_ANALYST", object(negative.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
        HttpResponse<String> backwards = send("POST", "/api/v1/pmos", "pmo.manager", pmo.replace(code, code + "B").replace("2028-12-31", "2026-12-31"));
        assertEquals(422, backwards.statusCode(), backwards.body());

        long version = object(created.body()).getJsonNumber("version").longValue();
        String update = "{\"code\":\"" + code + "\",\"name\":\"Quality PMO\",\"tier\":\"PROGRAM\","
                + "\"seats\":{\"PMO_ANALYST\":3,\"PMO_MANAGER\":1},\"opens\":\"2027-01-01\",\"closes\":\"2028-12-31\","
                + "\"version\":" + version + "}";
        HttpResponse<String> updated = send("PUT", "/api/v1/pmos/" + code, "pmo.manager", update);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(3, object(updated.body()).getJsonObject("seats").getInt("PMO_ANALYST"));
        assertEquals(409, send("PUT", "/api/v1/pmos/" + code, "pmo.manager", update).statusCode(), "the version read is stale now");
        assertEquals(403, send("PUT", "/api/v1/pmos/" + code, "leader", update).statusCode());
        assertEquals(403, send("GET", "/api/v1/pmos", "staff", null).statusCode(), "staff read only their own history");
        assertEquals(404, send("GET", "/api/v1/pmos/NOPE-PMO", "leader", null).statusCode());
    }

    @Test
    void projectsAreListedAndCreated() throws Exception {
        assertTrue(array(body(send("GET", "/api/v1/projects", "leader", null))).size() >= 40, "the demo projects");
        String code = "PX-" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        String project = "{\"code\":\"" + code + "\",\"name\":\"Payments Renewal\",\"department\":\"Finance\",\"start\":\"2027-01-01\"}";
        HttpResponse<String> created = send("POST", "/api/v1/projects", "pmo.manager", project);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(object(created.body()).isNull("end"), "an open-ended project");
        assertEquals(409, send("POST", "/api/v1/projects", "pmo.manager", project).statusCode());
        assertEquals(403, send("POST", "/api/v1/projects", "leader", project.replace(code, code + "L")).statusCode());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PROJECT_CREATED' AND subject_key = ?", code));
    }

    /** Every endpoint of the design is in the served OpenAPI document, the main ones with an example, and nothing needs a sign-in to read it. */
    /**
     * Codes are letters A to Z, digits and inner hyphens; names any printable text but no control
     * character: refused with 422 naming the field, before anything is written (PostgreSQL would
     * refuse a NUL with a 500, and a code with a quote or braces breaks the addresses built from it).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "pmos     | code | EV{x}1",
            "pmos     | code | A,B\\\"C",
            "pmos     | code | -QA",
            "pmos     | name | Quality\\u0000PMO",
            "pmos     | name | Quality\\tPMO",
            "projects | code | PRJ/1",
            "projects | name | Payments\\u0000Renewal",
            "projects | department | Fin\\u001bance",
    })
    void aCodeOrNameThatCannotBeStoredIsRefusedNamingTheFieldAndNothingIsWritten(String what, String field, String value) throws Exception {
        String code = "CH" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", "Quality PMO");
        if (what.equals("projects")) {
            fields.put("department", "Finance");
        }
        fields.put(field, value);
        String json = fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{", ","))
                + (what.equals("pmos") ? "\"tier\":\"PROGRAM\",\"seats\":{\"PMO_ANALYST\":2,\"PMO_MANAGER\":1},\"opens\":\"2027-01-01\"}"
                : "\"start\":\"2027-01-01\"}");
        String table = what.equals("pmos") ? "pmo" : "project";
        long before = Database.count("SELECT COUNT(*) FROM " + table);

        HttpResponse<String> refused = send("POST", "/api/v1/" + what, "pmo.manager", json);

        assertEquals(422, refused.statusCode(), json + " -> " + refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(field, object(refused.body()).getJsonArray("violations").getJsonObject(0).getString("field"), refused.body());
        assertEquals(before, Database.count("SELECT COUNT(*) FROM " + table), "nothing written");
    }

    @Test
    void anAddressOrMethodTheApiDoesNotHaveIsAProblemDocumentNotAPage() throws Exception {
        HttpResponse<String> nowhere = send("GET", "/api/v1/nothing-here", "leader", null);
        assertEquals(404, nowhere.statusCode());
        assertTrue(nowhere.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), nowhere.body());
        assertEquals(404, object(nowhere.body()).getInt("status"));

        HttpResponse<String> wrongMethod = send("DELETE", "/api/v1/pmos", "pmo.manager", null);
        assertEquals(405, wrongMethod.statusCode());
        assertTrue(wrongMethod.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), wrongMethod.body());
        assertTrue(object(wrongMethod.body()).getString("detail").contains("does not take DELETE"), wrongMethod.body());
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"), "the methods it takes are named");

        HttpResponse<String> checkByGet = send("GET", "/api/v1/rotations/check", "leader", null);
        assertTrue(checkByGet.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                checkByGet.statusCode() + " " + checkByGet.body());
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointWithSchemasAndExamples() throws Exception {
        WebSession client = new WebSession(base);
        HttpResponse<String> response = client.send(client.request("/openapi").header("Accept", "application/json").GET());
        assertEquals(200, response.statusCode());
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            document = reader.readObject();
        }
        JsonObject paths = document.getJsonObject("paths");
        String[] endpoints = {
                "get /api/v1/staff", "post /api/v1/staff", "get /api/v1/staff/{employeeNumber}", "put /api/v1/staff/{employeeNumber}",
                "get /api/v1/staff/{employeeNumber}/history", "post /api/v1/staff/{employeeNumber}/roles",
                "post /api/v1/staff/{employeeNumber}/levels", "post /api/v1/staff/import",
                "get /api/v1/pmos", "post /api/v1/pmos", "get /api/v1/pmos/{code}", "put /api/v1/pmos/{code}",
                "get /api/v1/projects", "post /api/v1/projects",
                "post /api/v1/rotations/check", "post /api/v1/rotations", "get /api/v1/rotations", "get /api/v1/rotations/{id}",
                "post /api/v1/rotations/{id}/approve", "post /api/v1/rotations/{id}/extend", "post /api/v1/rotations/{id}/curtail",
                "post /api/v1/rotations/{id}/cancel", "post /api/v1/rotations/{id}/return", "post /api/v1/rotations/{id}/complete",
                "get /api/v1/rotations/candidates", "get /api/v1/policy", "put /api/v1/policy",
                "post /api/v1/rotations/{id}/reschedule", "post /api/v1/rotations/{id}/return/confirm", "get /api/v1/reports/summary",
                "get /api/v1/reports/bench", "put /api/v1/rotations/{id}", "post /api/v1/rotations/{id}/notes",
                "get /api/v1/open-roles", "post /api/v1/open-roles", "get /api/v1/open-roles/{id}", "put /api/v1/open-roles/{id}",
                "post /api/v1/open-roles/{id}/fill", "post /api/v1/open-roles/{id}/withdraw", "post /api/v1/open-roles/import",
                "get /api/v1/rotations/{id}/return-matches", "get /api/v1/projects/{code}/backfills"};
        for (String endpoint : endpoints) {
            String[] parts = endpoint.split(" ");
            assertTrue(paths.containsKey(parts[1]) && paths.getJsonObject(parts[1]).containsKey(parts[0]), "documented: " + endpoint);
            JsonObject operation = paths.getJsonObject(parts[1]).getJsonObject(parts[0]);
            assertFalse(operation.getString("summary", "").isBlank(), "summed up: " + endpoint);
            JsonObject responses = operation.getJsonObject("responses");
            JsonObject success = responses.containsKey("200") ? responses.getJsonObject("200") : responses.getJsonObject("201");
            assertTrue(success != null && success.getJsonObject("content").getJsonObject("application/json").containsKey("schema"),
                    "the answer's shape is given: " + endpoint);
        }
        JsonObject check = paths.getJsonObject("/api/v1/rotations/check").getJsonObject("post");
        assertTrue(check.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").containsKey("example"), "the dry run shows an example answer");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String schema : new String[]{"Staff", "Pmo", "Project", "Rotation", "RuleCheck", "ImportResult", "Problem", "Policy"}) {
            assertTrue(schemas.containsKey(schema), "schema " + schema);
        }
        assertTrue(schemas.getJsonObject("Rotation").getJsonObject("properties").containsKey("atRisk"));
    }
    /**
     * The OpenAPI document is generated from the resources and the records they answer; this
     * checks the generation against the running API: the members of real answers are exactly the
     * properties of their schemas, and every career step of a history has exactly the members of
     * the one kind of {@code HistoryItem} that its {@code kind} names.
     */
    @Test
    void theOpenApiSchemasListExactlyTheMembersOfRealAnswers() throws Exception {
        WebSession client = new WebSession(base);
        JsonObject schemas = object(client.send(client.request("/openapi").header("Accept", "application/json").GET()).body())
                .getJsonObject("components").getJsonObject("schemas");
        JsonObject rotations = object(body(send("GET", "/api/v1/rotations?size=1", "leader", null)));
        long rotationId = rotations.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String employee = object(body(send("GET", "/api/v1/staff?size=1", "leader", null)))
                .getJsonArray("items").getJsonObject(0).getString("employeeNumber");
        Map<String, JsonObject> answers = Map.of(
                "Pmo", object(body(send("GET", "/api/v1/pmos/EPMO", "leader", null))),
                "Project", array(body(send("GET", "/api/v1/projects", "leader", null))).getJsonObject(0),
                "Staff", object(body(send("GET", "/api/v1/staff/" + employee, "leader", null))),
                "Rotation", object(body(send("GET", "/api/v1/rotations/" + rotationId, "leader", null))),
                "Policy", object(body(send("GET", "/api/v1/policy", "leader", null))),
                "Problem", object(body(send("GET", "/api/v1/rotations/0", "leader", null))),
                "RuleCheck", object(body(send("POST", "/api/v1/rotations/check", "pmo.manager",
                        "{\"employeeNumber\":\"" + employee + "\",\"pmoCode\":\"EPMO\",\"role\":\"PMO_ANALYST\","
                                + "\"start\":\"2031-01-01\",\"months\":12}"))));
        answers.forEach((schema, answer) -> assertEquals(new TreeSet<>(schemas.getJsonObject(schema).getJsonObject("properties").keySet()),
                new TreeSet<>(answer.keySet()), "schema " + schema + " against " + answer));
        Map<String, Set<String>> kinds = new TreeMap<>();
        for (JsonValue member : schemas.getJsonObject("HistoryItem").getJsonArray("oneOf")) {
            String name = ((JsonObject) member).getString("$ref").replace("#/components/schemas/", "");
            kinds.put(name, schemas.getJsonObject(name).getJsonObject("properties").keySet());
        }
        Map<String, String> kindOf = Map.of("LEVEL_CHANGE", "LevelChangeItem", "PROJECT_ROLE", "ProjectRoleItem", "ROTATION", "RotationItem");
        assertEquals(new TreeSet<>(kindOf.values()), kinds.keySet(), "a history item is one of three kinds");
        JsonArray items = object(body(send("GET", "/api/v1/staff/" + employee + "/history", "leader", null))).getJsonArray("items");
        assertFalse(items.isEmpty(), "a demo person has a career");
        items.getValuesAs(JsonObject.class).forEach(item -> assertEquals(kinds.get(kindOf.get(item.getString("kind"))),
                new TreeSet<>(item.keySet()), "the schema of its kind lists exactly the members of " + item));
    }
}
