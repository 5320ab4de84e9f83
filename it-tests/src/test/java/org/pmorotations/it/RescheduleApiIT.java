package org.pmorotations.it;

import jakarta.json.JsonArray;
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
 * {@code POST /api/v1/rotations/{id}/reschedule {start, months, version}}: a planned rotation moves
 * when every rule allows it (200, with the move in its history and the audit log), is refused
 * with every broken rule otherwise (422), and a stale version changes nothing (409).
 */
@ExtendWith(ArquillianExtension.class)
class RescheduleApiIT {

    private static final LocalDate START = LocalDate.of(2041, 1, 1);

    @ArquillianResource
    URL base;

    private HttpResponse<String> reschedule(String user, long id, LocalDate start, int months, long version) throws Exception {
        return new BoardFixture(base).send("POST", "/api/v1/rotations/" + id + "/reschedule", user,
                "{\"start\":\"" + start + "\",\"months\":" + months + ",\"version\":" + version + "}");
    }

    @Test
    void aMoveToAFreePlaceIsSavedWithItsHistoryAndAudit() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(START);
        long version = BoardFixture.storedVersion(seat.first());

        HttpResponse<String> moved = reschedule(BoardFixture.MANAGER, seat.first(), START.plusMonths(3), 12, version);

        assertEquals(200, moved.statusCode(), moved.body());
        JsonObject rotation = BoardFixture.json(moved.body());
        assertEquals("2041-04-01", rotation.getString("start"));
        assertEquals("2042-03-31", rotation.getString("end"));
        assertEquals("PROPOSED", rotation.getString("status"));
        JsonArray history = rotation.getJsonArray("history");
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("RESCHEDULED", last.getString("kind"));
        assertEquals(BoardFixture.MANAGER, last.getString("by"));
        assertEquals("2041-12-31", last.getString("fromEnd"));
        assertEquals("2042-03-31", last.getString("toEnd"));
        assertTrue(last.getString("reason").contains("from 2041-01-01 to 2041-12-31; now from 2041-04-01 to 2042-03-31"),
                last.getString("reason"));
        assertEquals("2041-04-01 to 2042-03-31", BoardFixture.storedPeriod(seat.first()), "what the database holds");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ? AND kind = 'RESCHEDULED'"
                + " AND actor = ?", seat.first(), BoardFixture.MANAGER));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ROTATION_RESCHEDULED' AND subject_key = ?",
                String.valueOf(seat.first())), "the move is audited");
    }

    @Test
    void aMoveThatBreaksRulesIsRefusedWithEveryRuleAndChangesNothing() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(START.plusYears(3));
        long version = BoardFixture.storedVersion(seat.first());
        String before = BoardFixture.storedPeriod(seat.first());

        // 30 months from a year later: too long, and into the seat the second person holds.
        HttpResponse<String> refused = reschedule(BoardFixture.MANAGER, seat.first(), START.plusYears(4), 30, version);

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        List<String> rules = BoardFixture.json(refused.body()).getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(violation -> violation.getString("rule", violation.getString("field", ""))).toList();
        assertTrue(rules.containsAll(List.of("SEATS", "DURATION")), rules.toString());
        assertEquals(before, BoardFixture.storedPeriod(seat.first()), "nothing written");
        assertEquals(version, BoardFixture.storedVersion(seat.first()));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ? AND kind = 'RESCHEDULED'", seat.first()));
    }

    @Test
    void aStaleVersionIsAConflictAndALeaderIsRefused() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(START.plusYears(6));
        long read = BoardFixture.storedVersion(seat.first());
        assertEquals(200, reschedule(BoardFixture.MANAGER, seat.first(), START.plusYears(6).plusMonths(1), 12, read).statusCode());
        String now = BoardFixture.storedPeriod(seat.first());

        HttpResponse<String> stale = reschedule(BoardFixture.MANAGER, seat.first(), START.plusYears(6).plusMonths(2), 12, read);

        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(now, BoardFixture.storedPeriod(seat.first()), "the stale request changed nothing");
        long current = BoardFixture.storedVersion(seat.first());
        assertEquals(403, reschedule("leader", seat.first(), START.plusYears(6).plusMonths(2), 12, current).statusCode());
        assertEquals(now, BoardFixture.storedPeriod(seat.first()));
    }

    @Test
    void anApprovedRotationMovesTooButNotIntoThePast() throws Exception {
        BoardFixture.TwoInOneSeat seat = new BoardFixture(base).twoInOneSeat(START.plusYears(9));
        long version = BoardFixture.storedVersion(seat.second());
        String before = BoardFixture.storedPeriod(seat.second());

        HttpResponse<String> past = reschedule(BoardFixture.MANAGER, seat.second(), LocalDate.now().minusMonths(1).withDayOfMonth(1), 12, version);
        assertEquals(422, past.statusCode(), past.body());
        assertTrue(past.body().contains("START_DATE"), past.body());
        assertEquals(before, BoardFixture.storedPeriod(seat.second()));

        HttpResponse<String> later = reschedule(BoardFixture.MANAGER, seat.second(), START.plusYears(9).plusMonths(20), 12, version);
        assertEquals(200, later.statusCode(), later.body());
        assertEquals("APPROVED", BoardFixture.json(later.body()).getString("status"));
    }
}
