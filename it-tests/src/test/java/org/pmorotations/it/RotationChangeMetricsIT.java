package org.pmorotations.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every change to a rotation publishes one event once its transaction has committed; the
 * operators' counter of changes, served at {@code /metrics} to a monitoring system that does not
 * sign in, is its observer. What it counts is what a user would see happen: each change made
 * once, and nothing for a change refused (stale or missing version, broken rule), whose
 * transaction rolled back.
 */
@ExtendWith(ArquillianExtension.class)
class RotationChangeMetricsIT {

    private static final Pattern COUNTER = Pattern.compile(
            "^rotation_changes_total\\{[^}]*action=\"([A-Z_]+)\"[^}]*} ([0-9.E]+)$", Pattern.MULTILINE);

    @ArquillianResource
    URL base;

    @Test
    void eachChangeMadeIsCountedOnceAndARefusedOneNotAtAll() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        LocalDate start = LocalDate.now().plusYears(5).plusMonths(3).withDayOfMonth(1);
        Map<String, Double> before = counters();

        // Two proposals in a one-seat PMO, the second approved.
        BoardFixture.TwoInOneSeat seat = fixture.twoInOneSeat(start);
        assertEquals(delta(before, "ROTATION_PROPOSED", 2, "ROTATION_APPROVED", 1), counters(), "two proposed, one approved");

        Map<String, Double> made = counters();
        String read = fixture.etag(seat.first());
        assertEquals(200, fixture.change(seat.first(), "reschedule", "admin",
                "{\"start\":\"" + start.plusMonths(1) + "\",\"months\":12}").statusCode());
        assertEquals(409, fixture.send("POST", "/api/v1/rotations/" + seat.first() + "/approve", BoardFixture.MANAGER, null, read)
                .statusCode(), "approving the version read before the move is refused");
        assertEquals(428, fixture.send("POST", "/api/v1/rotations/" + seat.first() + "/approve", BoardFixture.MANAGER, null, null)
                .statusCode(), "approving without a version is refused");
        HttpResponse<String> overlapping = fixture.change(seat.first(), "extend", BoardFixture.MANAGER, "{\"months\":12}");
        assertEquals(422, overlapping.statusCode(), "twelve months more reach the approved rotation in the one seat: " + overlapping.body());
        assertTrue(overlapping.body().contains("SEATS"), overlapping.body());
        assertEquals(delta(made, "ROTATION_RESCHEDULED", 1), counters(), "the move counted, none of the refusals");

        Map<String, Double> moved = counters();
        assertEquals(200, fixture.change(seat.first(), "cancel", BoardFixture.MANAGER, "{\"reason\":\"Plans changed\"}").statusCode());
        assertEquals(delta(moved, "ROTATION_CANCELLED", 1), counters());
    }

    /** The rotation counters at {@code /metrics}, read as a monitoring system does: without signing in. */
    private Map<String, Double> counters() throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("/metrics?scope=application")).header("Accept", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), "the metrics are served without signing in");
        Map<String, Double> counters = new TreeMap<>();
        Matcher counter = COUNTER.matcher(metrics.body());
        while (counter.find()) {
            counters.put(counter.group(1), Double.valueOf(counter.group(2)));
        }
        return counters;
    }

    /** {@code before} with the given actions raised by the given amounts. */
    private static Map<String, Double> delta(Map<String, Double> before, Object... actionsAndAmounts) {
        Map<String, Double> after = new TreeMap<>(before);
        for (int i = 0; i < actionsAndAmounts.length; i += 2) {
            after.merge((String) actionsAndAmounts[i], ((Integer) actionsAndAmounts[i + 1]).doubleValue(), Double::sum);
        }
        return after;
    }
}
