package org.pmorotations.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every change to a rotation through the API is made on the version its author read: the
 * rotation's {@code ETag}, sent back in {@code If-Match} (or as the body's {@code version}). A
 * change on a version someone else has changed since is 409, one without a version 428, and
 * neither leaves a trace: the row, its history and the audit log stay as they were.
 */
@ExtendWith(ArquillianExtension.class)
class RotationVersionApiIT {

    private static final String MANAGER = BoardFixture.MANAGER;

    @ArquillianResource
    URL base;

    /** A proposal of its own, one PMO seat, three years ahead; its id. */
    private long proposal(BoardFixture fixture, LocalDate start) throws Exception {
        String pmo = fixture.newPmo(1);
        String person = fixture.candidate(pmo, start, 12, List.of());
        return fixture.propose(person, pmo, start, 12).getJsonNumber("id").longValue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "approve        | ",
            "reschedule     | {\"start\":\"START\",\"months\":12}",
            "extend         | {\"months\":3}",
            "curtail        | {\"endDate\":\"START\",\"reason\":\"Needed back home\"}",
            "cancel         | {\"reason\":\"Plans changed\"}",
            "return         | {\"projectCode\":\"FIN-RUN\",\"level\":\"PROJECT_MANAGER\",\"start\":\"START\"}",
            "return/confirm | ",
            "complete       | {\"evaluations\":{\"PROCESS_IMPROVEMENT\":{\"rating\":\"MET\",\"note\":\"Good\"}}}"})
    void aChangeOnAVersionSomeoneElseChangedSinceIsRefusedAndChangesNothing(String action, String template) throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        LocalDate start = LocalDate.now().plusYears(3).withDayOfMonth(1);
        long id = proposal(fixture, start);
        String read = fixture.etag(id);

        // Someone else moves the proposal a month later after the author read it.
        HttpResponse<String> other = fixture.change(id, "reschedule", "admin",
                "{\"start\":\"" + start.plusMonths(1) + "\",\"months\":12}");
        assertEquals(200, other.statusCode(), other.body());
        String after = stored(id);
        String body = template == null ? null : template.replace("START", start.plusMonths(2).toString());

        HttpResponse<String> stale = fixture.send("POST", "/api/v1/rotations/" + id + "/" + action, MANAGER, body, read);
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = BoardFixture.json(stale.body());
        assertEquals("version", problem.getJsonArray("violations").getJsonObject(0).getString("field"), stale.body());
        assertTrue(problem.getString("detail").startsWith("Someone changed the rotation of "), problem.getString("detail"));
        assertEquals(after, stored(id), action + " on a stale version changed nothing");

        HttpResponse<String> none = fixture.send("POST", "/api/v1/rotations/" + id + "/" + action, MANAGER, body, null);
        assertEquals(428, none.statusCode(), none.body());
        assertEquals("version", BoardFixture.json(none.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
        assertEquals(after, stored(id), action + " without a version changed nothing");

        if (body != null) {
            String staleInBody = body.substring(0, body.length() - 1) + ",\"version\":" + version(read) + "}";
            HttpResponse<String> inBody = fixture.send("POST", "/api/v1/rotations/" + id + "/" + action, MANAGER, staleInBody, null);
            assertEquals(409, inBody.statusCode(), "a stale version in the body: " + inBody.body());
            assertEquals(after, stored(id), action + " on a stale version in the body changed nothing");
        }
    }

    /** The changes a proposal takes: refused on the old version, made on the one read again. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "approve    |                                   | APPROVED",
            "reschedule | {\"start\":\"START\",\"months\":12} | PROPOSED",
            "cancel     | {\"reason\":\"Plans changed\"}          | CANCELLED"})
    void theSameChangeOnTheVersionReadAgainIsMade(String action, String template, String status) throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        LocalDate start = LocalDate.now().plusYears(3).plusMonths(6).withDayOfMonth(1);
        long id = proposal(fixture, start);
        String read = fixture.etag(id);
        assertEquals(200, fixture.change(id, "reschedule", "admin", "{\"start\":\"" + start.plusMonths(1) + "\",\"months\":12}")
                .statusCode());
        String body = template == null ? null : template.replace("START", start.plusMonths(2).toString());
        assertEquals(409, fixture.send("POST", "/api/v1/rotations/" + id + "/" + action, MANAGER, body, read).statusCode());

        String fresh = fixture.etag(id);
        HttpResponse<String> made = fixture.send("POST", "/api/v1/rotations/" + id + "/" + action, MANAGER, body, fresh);
        assertEquals(200, made.statusCode(), made.body());
        JsonObject rotation = BoardFixture.json(made.body());
        assertEquals(status, rotation.getString("status"));
        long version = rotation.getJsonNumber("version").longValue();
        assertEquals("\"" + version + "\"", made.headers().firstValue("ETag").orElse(""), "the answer carries the new version");
        assertEquals(version, BoardFixture.storedVersion(id));
        assertTrue(version > version(fresh), "the change raised the version");
    }

    @Test
    void aRotationIsReadWithItsVersionAsETagAndAMalformedIfMatchIsABadRequest() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        LocalDate start = LocalDate.now().plusYears(4).withDayOfMonth(1);
        long id = proposal(fixture, start);
        HttpResponse<String> read = fixture.send("GET", "/api/v1/rotations/" + id, MANAGER, null);
        long version = BoardFixture.json(read.body()).getJsonNumber("version").longValue();
        assertEquals("\"" + version + "\"", read.headers().firstValue("ETag").orElse(""));
        String before = stored(id);

        for (String malformed : List.of("\"abc\"", "3", "\"1\", \"2\"", "\"-1\"")) {
            HttpResponse<String> refused = fixture.send("POST", "/api/v1/rotations/" + id + "/approve", MANAGER, null, malformed);
            assertEquals(400, refused.statusCode(), malformed + ": " + refused.body());
            assertTrue(BoardFixture.json(refused.body()).getString("detail").contains("If-Match"), refused.body());
        }
        HttpResponse<String> disagreeing = fixture.send("POST", "/api/v1/rotations/" + id + "/cancel", MANAGER,
                "{\"reason\":\"Plans changed\",\"version\":" + (version + 1) + "}", "\"" + version + "\"");
        assertEquals(400, disagreeing.statusCode(), "If-Match and the body name two versions: " + disagreeing.body());
        assertEquals(428, fixture.send("POST", "/api/v1/rotations/" + id + "/approve", MANAGER, null, "*").statusCode(),
                "If-Match: * names no version");
        assertEquals(before, stored(id), "nothing changed");
        assertEquals(200, fixture.send("POST", "/api/v1/rotations/" + id + "/approve", MANAGER, null, "W/\"" + version + "\"")
                .statusCode(), "a weak ETag names the version too");
    }

    /** The stored rotation, its history and its audit entries, in one line. */
    private static String stored(long id) throws Exception {
        return BoardFixture.storedPeriod(id) + ", version " + BoardFixture.storedVersion(id)
                + ", " + Database.strings("SELECT status FROM rotation WHERE id = ?", id)
                + ", " + Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ?", id) + " events"
                + ", " + Database.count("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'ROTATION' AND subject_key = ?",
                String.valueOf(id)) + " audit entries";
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("W/", "").replace("\"", ""));
    }
}
