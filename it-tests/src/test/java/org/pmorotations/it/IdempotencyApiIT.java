package org.pmorotations.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/rotations} with an {@code Idempotency-Key}: a client that did not get its
 * answer (a timeout, a lost connection, an answer whose outcome was in doubt) sends the same
 * request with the same key again, and is answered with the stored answer of the proposal that
 * was made, never with a second proposal.
 */
@ExtendWith(ArquillianExtension.class)
class IdempotencyApiIT {

    private static final String MANAGER = BoardFixture.MANAGER;

    @ArquillianResource
    URL base;

    private record Seat(String pmo, String person, LocalDate start) {
    }

    private Seat seat(BoardFixture fixture, LocalDate start) throws Exception {
        String pmo = fixture.newPmo(2);
        return new Seat(pmo, fixture.candidate(pmo, start, 12, List.of()), start);
    }

    private static String proposal(Seat seat, int months) {
        return "{\"employeeNumber\":\"" + seat.person() + "\",\"pmoCode\":\"" + seat.pmo() + "\",\"role\":\"PMO_ANALYST\",\"start\":\""
                + seat.start() + "\",\"months\":" + months + ",\"objectives\":[\"PROCESS_IMPROVEMENT\",\"LEADERSHIP_NETWORK\"]}";
    }

    private HttpResponse<String> propose(String user, String key, String body) throws Exception {
        WebSession client = new WebSession(base);
        HttpRequest.Builder request = client.request("/api/v1/rotations").header("Content-Type", "application/json")
                .header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return client.send(request);
    }

    private static long rotationsOf(Seat seat) throws Exception {
        return Database.count("SELECT COUNT(*) FROM rotation r JOIN staff s ON s.id = r.staff_id JOIN pmo p ON p.id = r.pmo_id"
                + " WHERE s.employee_number = ? AND p.code = ?", seat.person(), seat.pmo());
    }

    private static long auditedProposals(String id) throws Exception {
        return Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ROTATION_PROPOSED' AND subject_key = ?", id);
    }

    @Test
    void aRetryWithTheSameKeyIsAnsweredWithTheStoredProposalAndProposesNothingMore() throws Exception {
        Seat seat = seat(new BoardFixture(base), LocalDate.now().plusYears(5).withDayOfMonth(1));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = propose(MANAGER, key, proposal(seat, 12));
        assertEquals(201, first.statusCode(), first.body());
        long id = BoardFixture.json(first.body()).getJsonNumber("id").longValue();

        HttpResponse<String> again = propose(MANAGER, key, proposal(seat, 12));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""), "the answer says it is the stored one");
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals(BoardFixture.json(first.body()), BoardFixture.json(again.body()), "the same answer");
        assertEquals(1, rotationsOf(seat), "one proposal");
        assertEquals(1, auditedProposals(String.valueOf(id)));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ?", id), "one history entry");

        // Without the key the same request is a new one: refused, since the person is booked then.
        HttpResponse<String> withoutKey = propose(MANAGER, null, proposal(seat, 12));
        assertEquals(422, withoutKey.statusCode(), withoutKey.body());
        assertTrue(withoutKey.body().contains("OVERLAP"), withoutKey.body());
    }

    @Test
    void aKeyNamesOneRequestAndBelongsToItsCaller() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        Seat seat = seat(fixture, LocalDate.now().plusYears(5).plusMonths(6).withDayOfMonth(1));
        String key = UUID.randomUUID().toString();
        assertEquals(201, propose(MANAGER, key, proposal(seat, 12)).statusCode());

        HttpResponse<String> other = propose(MANAGER, key, proposal(seat, 18));
        assertEquals(422, other.statusCode(), other.body());
        JsonObject problem = BoardFixture.json(other.body());
        assertEquals("Idempotency-Key", problem.getJsonArray("violations").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("was sent with another request"), problem.getString("detail"));
        assertEquals(1, rotationsOf(seat), "nothing more proposed");
        assertEquals(12, BoardFixture.json(fixture.send("GET", "/api/v1/rotations?employeeNumber=" + seat.person() + "&pmo=" + seat.pmo(),
                "admin", null).body()).getJsonArray("items").getJsonObject(0).getInt("months"), "the first request's proposal stands");

        // The administrator's keys are not the manager's: the same key is a new request of theirs.
        Seat another = seat(fixture, seat.start());
        HttpResponse<String> admins = propose("admin", key, proposal(another, 12));
        assertEquals(201, admins.statusCode(), admins.body());
        assertTrue(admins.headers().firstValue("Idempotent-Replayed").isEmpty());
        assertEquals(1, rotationsOf(another));
    }

    @Test
    void aMalformedKeyIsABadRequest() throws Exception {
        Seat seat = seat(new BoardFixture(base), LocalDate.now().plusYears(6).withDayOfMonth(1));
        for (String key : List.of("x".repeat(101), "a b", "two,keys and more")) {
            HttpResponse<String> refused = propose(MANAGER, key, proposal(seat, 12));
            assertEquals(400, refused.statusCode(), "\"" + key + "\": " + refused.body());
            assertEquals("Idempotency-Key", BoardFixture.json(refused.body()).getJsonArray("violations").getJsonObject(0).getString("field"));
        }
        assertEquals(0, rotationsOf(seat), "nothing proposed");
    }

    /** Retries sent while the first request is still running wait for it and get its answer: one proposal, however many arrive. */
    @Test
    void simultaneousRetriesMakeOneProposal() throws Exception {
        Seat seat = seat(new BoardFixture(base), LocalDate.now().plusYears(6).plusMonths(6).withDayOfMonth(1));
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HttpResponse<String>>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(() -> propose(MANAGER, key, proposal(seat, 12)));
            }
            List<String> locations = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(sends)) {
                HttpResponse<String> response = answer.get();
                assertEquals(201, response.statusCode(), response.body());
                locations.add(response.headers().firstValue("Location").orElseThrow());
            }
            assertEquals(1, locations.stream().distinct().count(), "every answer names the same rotation: " + locations);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, rotationsOf(seat), "one proposal");
    }
}
