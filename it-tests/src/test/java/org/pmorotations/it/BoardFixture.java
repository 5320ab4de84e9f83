package org.pmorotations.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rotations of a test's own for the board and rescheduling tests, made through the API as a PMO
 * manager would: a fresh PMO with a unique code (so no other test's seats collide with it), and
 * people the server itself names as candidates for the seat.
 */
final class BoardFixture {

    static final String MANAGER = "pmo.manager";

    private final URL base;

    BoardFixture(URL base) {
        this.base = base;
    }

    HttpResponse<String> send(String method, String path, String user, String json) throws Exception {
        return send(method, path, user, json, null);
    }

    /** The same, with {@code ifMatch} (when not null) in the If-Match header. */
    HttpResponse<String> send(String method, String path, String user, String json, String ifMatch) throws Exception {
        WebSession client = new WebSession(base);
        HttpRequest.Builder request = client.request(path).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (user != null) {
            request.header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD));
        }
        return client.send(request);
    }

    /**
     * A lifecycle change of rotation {@code id} as a client makes it: the rotation read first and
     * its ETag sent back in If-Match. {@code action} is the last part of the address (approve,
     * extend, curtail, cancel, return, return/confirm, complete); {@code json} the body or null.
     */
    HttpResponse<String> change(long id, String action, String user, String json) throws Exception {
        return send("POST", "/api/v1/rotations/" + id + "/" + action, user, json, etag(id));
    }

    /** The ETag that {@code GET /api/v1/rotations/{id}} answers: the version the next change is made on. */
    String etag(long id) throws Exception {
        HttpResponse<String> read = send("GET", "/api/v1/rotations/" + id, "admin", null);
        assertEquals(200, read.statusCode(), read.body());
        return read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("rotation " + id + " is read without an ETag"));
    }

    static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** A department PMO with {@code analystSeats} analyst seats and no manager seat, open since 2020. */
    String newPmo(int analystSeats) throws Exception {
        return newPmo(analystSeats, "Board test");
    }

    /** The same, named {@code name} and its code. */
    String newPmo(int analystSeats, String name) throws Exception {
        String code = "BRD" + unique();
        HttpResponse<String> created = send("POST", "/api/v1/pmos", MANAGER, Json.createObjectBuilder()
                .add("code", code).add("name", name + " " + code).add("tier", "DEPARTMENT")
                .add("seats", Json.createObjectBuilder().add("PMO_ANALYST", analystSeats).add("PMO_MANAGER", 0))
                .add("opens", "2020-01-01").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return code;
    }

    /** A project coordinator named {@code fullName}, in the company since 2010 and never rotated; their employee number. */
    String newPerson(String fullName) throws Exception {
        return newPerson(fullName, "Finance");
    }

    /** The same, in {@code department}. */
    String newPerson(String fullName, String department) throws Exception {
        String number = "BRD" + unique();
        HttpResponse<String> created = send("POST", "/api/v1/staff", MANAGER, Json.createObjectBuilder()
                .add("employeeNumber", number).add("fullName", fullName).add("email", number.toLowerCase() + "@example.com")
                .add("department", department).add("hireDate", "2010-01-04").add("level", "PROJECT_COORDINATOR").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return number;
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    /** Someone who meets every rule for the PMO's analyst seat over that period, other than {@code except}. */
    String candidate(String pmo, LocalDate start, int months, List<String> except) throws Exception {
        HttpResponse<String> found = send("GET", "/api/v1/rotations/candidates?pmo=" + pmo + "&role=PMO_ANALYST&start=" + start
                + "&months=" + months + "&limit=20", MANAGER, null);
        assertEquals(200, found.statusCode(), found.body());
        return json(found.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("employeeNumber"))
                .filter(number -> !except.contains(number))
                .findFirst().orElseThrow(() -> new AssertionError("no candidate for " + pmo + " from " + start));
    }

    /** Proposes a rotation; returns it as the API answers. */
    JsonObject propose(String person, String pmo, LocalDate start, int months) throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/rotations", MANAGER, "{\"employeeNumber\":\"" + person
                + "\",\"pmoCode\":\"" + pmo + "\",\"role\":\"PMO_ANALYST\",\"start\":\"" + start + "\",\"months\":" + months
                + ",\"objectives\":[\"PROCESS_IMPROVEMENT\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    JsonObject approve(long id) throws Exception {
        HttpResponse<String> approved = change(id, "approve", MANAGER, null);
        assertEquals(200, approved.statusCode(), approved.body());
        return json(approved.body());
    }

    /** The stored dates of a rotation, read by SQL: "start to end". */
    static String storedPeriod(long id) throws Exception {
        List<String> period = Database.strings("SELECT CAST(start_date AS VARCHAR(10)) || ' to ' || CAST(planned_end AS VARCHAR(10))"
                + " FROM rotation WHERE id = ?", id);
        assertTrue(period.size() == 1, "rotation " + id + " is stored");
        return period.get(0);
    }

    static long storedVersion(long id) throws Exception {
        return Database.count("SELECT version FROM rotation WHERE id = ?", id);
    }

    /** Two people in one fresh one-seat PMO: {@code first} PROPOSED from {@code start} for 12 months, a second APPROVED 18 months later. */
    record TwoInOneSeat(String pmo, long first, String firstName, long second, String secondName) {
    }

    TwoInOneSeat twoInOneSeat(LocalDate start) throws Exception {
        String pmo = newPmo(1);
        String a = candidate(pmo, start, 12, List.of());
        JsonObject first = propose(a, pmo, start, 12);
        LocalDate later = start.plusMonths(18);
        String b = candidate(pmo, later, 12, List.of(a));
        JsonObject second = propose(b, pmo, later, 12);
        long secondId = second.getJsonNumber("id").longValue();
        approve(secondId);
        return new TwoInOneSeat(pmo, first.getJsonNumber("id").longValue(), fullName(a), secondId, fullName(b));
    }

    static String fullName(String employeeNumber) throws Exception {
        return Database.strings("SELECT full_name FROM staff WHERE employee_number = ?", employeeNumber).get(0);
    }
}
