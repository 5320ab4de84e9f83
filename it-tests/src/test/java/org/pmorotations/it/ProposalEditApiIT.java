package org.pmorotations.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A proposal edited and a note written over the API, against the deployed application and its
 * database: {@code PUT /api/v1/rotations/{id}} changes the seat, dates and objectives of a
 * proposal on the version read (every rule checked again, the proposal itself left out, the
 * history saying what it was), and {@code POST /api/v1/rotations/{id}/notes} keeps a note in the
 * history of a rotation in any state without a version. Each refusal changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ProposalEditApiIT {

    @ArquillianResource
    URL base;

    private static String edit(String pmo, String role, LocalDate start, int months, String objectives) {
        return "{\"pmoCode\":\"" + pmo + "\",\"role\":\"" + role + "\",\"start\":\"" + start + "\",\"months\":" + months
                + ",\"objectives\":[" + objectives + "]}";
    }

    private static String stored(long id) throws Exception {
        return Database.strings("SELECT p.code || ' ' || r.pmo_role || ' ' || CAST(r.start_date AS VARCHAR(10)) || ' '"
                + " || CAST(r.planned_end AS VARCHAR(10)) || ' ' || r.status FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE r.id = ?", id).get(0);
    }

    private static List<String> objectives(long id) throws Exception {
        return Database.strings("SELECT objective FROM rotation_objective WHERE rotation_id = ? ORDER BY objective", id);
    }

    @Test
    void aProposalTakesAnotherSeatDatesAndObjectivesAndItsHistorySaysWhatItWas() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String from = fixture.newPmo(1);
        String to = fixture.newPmo(1);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(5);
        long id = fixture.propose(fixture.candidate(from, start, 12, List.of()), from, start, 12).getJsonNumber("id").longValue();

        HttpResponse<String> edited = fixture.send("PUT", "/api/v1/rotations/" + id, BoardFixture.MANAGER,
                edit(to, "PMO_ANALYST", start.plusMonths(1), 18, "\"PORTFOLIO_MANAGEMENT\",\"LEADERSHIP_NETWORK\""), fixture.etag(id));

        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject rotation = BoardFixture.json(edited.body());
        assertEquals(to, rotation.getString("pmoCode"));
        assertEquals("PROPOSED", rotation.getString("status"));
        assertEquals(to + " PMO_ANALYST " + start.plusMonths(1) + " " + start.plusMonths(19).minusDays(1) + " PROPOSED", stored(id));
        assertEquals(List.of("LEADERSHIP_NETWORK", "PORTFOLIO_MANAGEMENT"), objectives(id));
        List<JsonObject> history = rotation.getJsonArray("history").getValuesAs(JsonObject.class);
        JsonObject last = history.get(history.size() - 1);
        assertEquals("PROPOSAL_EDITED", last.getString("kind"));
        assertEquals("Seat: " + from + " as PMO analyst, now " + to + " as PMO analyst. Dates: " + start + " to "
                + start.plusMonths(12).minusDays(1) + ", now " + start.plusMonths(1) + " to " + start.plusMonths(19).minusDays(1)
                + ". Objectives: Process improvement, now Portfolio management, Leadership network.", last.getString("reason"));
        assertEquals(BoardFixture.MANAGER, last.getString("by"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PROPOSAL_EDITED' AND subject_key = ?",
                String.valueOf(id)), "audited");
    }

    @Test
    void anEditBreakingARuleStaleOrWithoutAVersionChangesNothing() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(1);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(5);
        BoardFixture.TwoInOneSeat two = fixture.twoInOneSeat(start);
        String before = stored(two.first());
        String etag = fixture.etag(two.first());

        // Into the months the second rotation holds: SEATS, every violation at once (and DURATION for 30 months).
        HttpResponse<String> broken = fixture.send("PUT", "/api/v1/rotations/" + two.first(), BoardFixture.MANAGER,
                edit(two.pmo(), "PMO_ANALYST", start, 30, "\"PROCESS_IMPROVEMENT\""), etag);
        assertEquals(422, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("SEATS") && broken.body().contains("DURATION"), broken.body());

        HttpResponse<String> unversioned = fixture.send("PUT", "/api/v1/rotations/" + two.first(), BoardFixture.MANAGER,
                edit(pmo, "PMO_ANALYST", start, 12, "\"PROCESS_IMPROVEMENT\""));
        assertEquals(428, unversioned.statusCode(), unversioned.body());
        HttpResponse<String> stale = fixture.send("PUT", "/api/v1/rotations/" + two.first(), BoardFixture.MANAGER,
                edit(pmo, "PMO_ANALYST", start, 12, "\"PROCESS_IMPROVEMENT\""), "\"999\"");
        assertEquals(409, stale.statusCode(), stale.body());
        HttpResponse<String> noObjective = fixture.send("PUT", "/api/v1/rotations/" + two.first(), BoardFixture.MANAGER,
                edit(pmo, "PMO_ANALYST", start, 12, ""), etag);
        assertEquals("objectives", BoardFixture.json(noObjective.body()).getJsonArray("violations").getJsonObject(0).getString("field"),
                noObjective.body());
        HttpResponse<String> leader = fixture.send("PUT", "/api/v1/rotations/" + two.first(), "leader",
                edit(pmo, "PMO_ANALYST", start, 12, "\"PROCESS_IMPROVEMENT\""), etag);
        assertEquals(403, leader.statusCode(), leader.body());
        // The second is approved: moved, not edited.
        HttpResponse<String> approved = fixture.send("PUT", "/api/v1/rotations/" + two.second(), BoardFixture.MANAGER,
                edit(pmo, "PMO_ANALYST", start.plusMonths(18), 12, "\"PROCESS_IMPROVEMENT\""), fixture.etag(two.second()));
        assertEquals(422, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("cannot be edited; only a proposed rotation can"), approved.body());

        assertEquals(before, stored(two.first()), "nothing changed");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ?", two.first()), "no history written");
    }

    @Test
    void aNoteIsKeptInTheHistoryWithoutAVersionAndLeavesTheVersionAsItWas() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        LocalDate start = LocalDate.now().withDayOfMonth(1).plusMonths(5);
        BoardFixture.TwoInOneSeat two = fixture.twoInOneSeat(start);
        String etag = fixture.etag(two.second());

        HttpResponse<String> noted = fixture.send("POST", "/api/v1/rotations/" + two.second() + "/notes", BoardFixture.MANAGER,
                "{\"text\":\"Asked to join the steering committee.\\nFollow up in March.\"}");
        assertEquals(201, noted.statusCode(), noted.body());
        assertTrue(noted.headers().firstValue("Location").orElse("").endsWith("/api/v1/rotations/" + two.second()));
        assertEquals(etag, noted.headers().firstValue("ETag").orElse(""), "a note changes no version: open pages stay current");
        assertEquals(List.of("NOTED|pmo.manager|Asked to join the steering committee.\nFollow up in March.|APPROVED"), Database.strings(
                "SELECT kind || '|' || actor || '|' || reason || '|' || to_status FROM rotation_event WHERE rotation_id = ? AND kind = 'NOTED'",
                two.second()));

        HttpResponse<String> empty = fixture.send("POST", "/api/v1/rotations/" + two.second() + "/notes", BoardFixture.MANAGER, "{\"text\":\"  \"}");
        assertEquals("text", BoardFixture.json(empty.body()).getJsonArray("violations").getJsonObject(0).getString("field"), empty.body());
        HttpResponse<String> staff = fixture.send("POST", "/api/v1/rotations/" + two.second() + "/notes", "leader", "{\"text\":\"Hello\"}");
        assertEquals(403, staff.statusCode(), staff.body());
        HttpResponse<String> unknown = fixture.send("POST", "/api/v1/rotations/999999999/notes", BoardFixture.MANAGER, "{\"text\":\"Hello\"}");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ? AND kind = 'NOTED'", two.second()),
                "the refused notes wrote nothing");
    }
}
