package org.pmorotations.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application and a PostgreSQL that drops its connections or cannot be reached for a while,
 * as after a restart: the database ends every connection of the application's role (the tests
 * connect as another), and, for an outage, refuses that role new ones. The pool must hand out no
 * dead connection afterwards; during the outage the API answers 503 problem+json with
 * {@code Retry-After}, the pages a "temporarily unavailable" page, {@code /health/ready} DOWN;
 * nothing is written; and once the database takes the role again, everything answers without a
 * restart of the application. PostgreSQL phase only (the H2 phase excludes *PostgresIT).
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutagePostgresIT {

    private static final String APPLICATION_ROLE = System.getProperty("it.appDbUser", "pmo_it_app");

    @ArquillianResource
    URL base;

    @Test
    void connectionsEndedByTheDatabaseAreReplacedAndTheNextRequestsSucceed() throws Exception {
        WebSession leader = new WebSession(base);
        leader.signIn("leader", WebSession.DEMO_PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, api("/api/v1/staff?size=5").statusCode(), "before");
        }
        assertTrue(endApplicationConnections() >= 1, "the application holds connections to end");

        for (int i = 0; i < 10; i++) {
            HttpResponse<String> after = api("/api/v1/staff?size=5");
            assertEquals(200, after.statusCode(), "request " + (i + 1) + " after the connections were ended: " + after.body());
        }
        assertEquals(200, leader.get("/staff/index.xhtml").statusCode(), "a page too");
        assertEquals(200, new WebSession(base).get("/health/ready").statusCode(), "ready");

        // The same while requests run: none may fail with anything but a 503 telling to retry.
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> loops = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            loops.add(clients.submit(() -> {
                while (running.get()) {
                    HttpResponse<String> response = api("/api/v1/rotations?size=20");
                    statuses.add(response.statusCode());
                    if (response.statusCode() != 200 && !isRetryLater(response)) {
                        wrong.add(response.statusCode() + " " + response.headers().map() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (int round = 0; round < 3; round++) {
            Thread.sleep(1000);
            endApplicationConnections();
        }
        Thread.sleep(1000);
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        System.out.println("answers while the database ended the connections three times: " + new java.util.TreeMap<>(statuses.stream()
                .collect(java.util.stream.Collectors.groupingBy(status -> status, java.util.stream.Collectors.counting()))));
        assertEquals(List.of(), wrong, "every answer while connections were ended: 200, or 503 problem+json with Retry-After");
        assertTrue(statuses.size() >= 8, "every client's requests ran meanwhile: " + statuses.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(200, api("/api/v1/rotations?size=20").statusCode(), "afterwards, request " + (i + 1));
        }
    }

    /**
     * Bookings made while the database ends the application's connections again and again. Each is
     * answered one of three ways, and the database agrees with the answer: 201, stored with its
     * history event; 503 with {@code Retry-After}, not stored (the client may send it again); or,
     * when the connection was lost while the database was committing, 503 without
     * {@code Retry-After} saying the booking may or may not have been stored: then it is stored
     * once or not at all, never half (a rotation without its history event). Never 500, never a
     * page. That third answer is the honest one: the database's acknowledgement was lost with the
     * connection, so the application cannot know the outcome; it must not invite an automatic retry.
     */
    @Test
    void aBookingWhileConnectionsAreEndedIsAnsweredAsTheDatabaseStoredIt() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(60, "Outage test");
        WebSession manager = new WebSession(base);
        assertEquals(302, manager.signIn("pmo.manager", WebSession.DEMO_PASSWORD).statusCode());
        List<String> people = newPeople(manager, "OB", "Outage booking", 40);
        java.time.LocalDate start = java.time.LocalDate.now().plusYears(2).withDayOfMonth(1);

        AtomicBoolean booking = new AtomicBoolean(true);
        ExecutorService ender = Executors.newSingleThreadExecutor();
        Future<Integer> endings = ender.submit(() -> endConnectionsWhile(booking));
        java.util.Map<String, Long> created = new java.util.LinkedHashMap<>();
        List<String> notStored = new ArrayList<>();
        List<String> inDoubt = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        try {
            for (String person : people) {
                HttpResponse<String> answer = post(manager, "/api/v1/rotations", "{\"employeeNumber\":\"" + person + "\",\"pmoCode\":\"" + pmo
                        + "\",\"role\":\"PMO_ANALYST\",\"start\":\"" + start + "\",\"months\":12,\"objectives\":[\"PROCESS_IMPROVEMENT\"]}");
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                if (answer.statusCode() == 201) {
                    created.put(person, BoardFixture.json(answer.body()).getJsonNumber("id").longValue());
                } else if (isRetryLater(answer)) {
                    notStored.add(person);
                } else if (isInDoubt(answer)) {
                    inDoubt.add(person);
                } else {
                    wrong.add(person + ": " + answer.statusCode() + " " + answer.headers().map() + " " + answer.body());
                }
            }
        } finally {
            booking.set(false);
        }
        int rounds = endings.get(30, TimeUnit.SECONDS);
        ender.shutdown();
        System.out.println("bookings while the database ended the connections " + rounds + " times: " + statuses + ", of the 503s "
                + inDoubt.size() + " in doubt");

        assertEquals(List.of(), wrong, "every booking: 201, or 503 problem+json (with Retry-After, or saying it may have been stored)");
        assertTrue(rounds >= 3, "the connections were ended while booking: " + rounds);
        assertTrue(!created.isEmpty(), "some bookings went through between the endings: " + statuses);
        String rotationsOf = "SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id"
                + " WHERE p.code = ? AND s.employee_number = ?";
        for (java.util.Map.Entry<String, Long> booked : created.entrySet()) {
            assertEquals(1, Database.count(rotationsOf, pmo, booked.getKey()), booked.getKey() + " answered 201 is booked once");
            assertEquals(1, Database.count("SELECT COUNT(*) FROM rotation_event WHERE rotation_id = ?", booked.getValue()),
                    "booking " + booked.getValue() + " and its history");
        }
        for (String person : notStored) {
            assertEquals(0, Database.count(rotationsOf, pmo, person), person + " answered 503 with Retry-After is not booked");
        }
        for (String person : inDoubt) {
            long rotations = Database.count(rotationsOf, pmo, person);
            assertTrue(rotations <= 1, person + " in doubt is booked once at most: " + rotations);
            assertEquals(rotations, Database.count("SELECT COUNT(*) FROM rotation_event e JOIN rotation r ON r.id = e.rotation_id"
                    + " JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id WHERE p.code = ? AND s.employee_number = ?", pmo, person),
                    person + " in doubt: stored whole (with its history event) or not at all");
        }
    }

    /**
     * The same bookings, each sent with an Idempotency-Key and sent again with it after every 503
     * (whichever kind): each ends in 201, every answer to one booking names the same rotation, and
     * each is stored exactly once, an answer in doubt included.
     */
    @Test
    void aBookingSentAgainWithItsKeyAfterEach503IsStoredExactlyOnce() throws Exception {
        BoardFixture fixture = new BoardFixture(base);
        String pmo = fixture.newPmo(60, "Outage retry test");
        WebSession manager = new WebSession(base);
        assertEquals(302, manager.signIn("pmo.manager", WebSession.DEMO_PASSWORD).statusCode());
        List<String> people = newPeople(manager, "OR", "Outage retry", 30);
        java.time.LocalDate start = java.time.LocalDate.now().plusYears(2).plusMonths(3).withDayOfMonth(1);

        AtomicBoolean booking = new AtomicBoolean(true);
        ExecutorService ender = Executors.newSingleThreadExecutor();
        Future<Integer> endings = ender.submit(() -> endConnectionsWhile(booking));
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Set<String>> locations = new java.util.LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        int replayed = 0;
        try {
            for (String person : people) {
                String key = java.util.UUID.randomUUID().toString();
                String body = "{\"employeeNumber\":\"" + person + "\",\"pmoCode\":\"" + pmo + "\",\"role\":\"PMO_ANALYST\",\"start\":\""
                        + start + "\",\"months\":12,\"objectives\":[\"PROCESS_IMPROVEMENT\"]}";
                for (int attempt = 1; ; attempt++) {
                    HttpResponse<String> answer = manager.send(manager.request("/api/v1/rotations").header("Content-Type", "application/json")
                            .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    if (answer.statusCode() == 201) {
                        locations.computeIfAbsent(person, p -> new java.util.LinkedHashSet<>())
                                .add(answer.headers().firstValue("Location").orElse("no Location"));
                        if (answer.headers().firstValue("Idempotent-Replayed").isPresent()) {
                            replayed++;
                        }
                        // One more time, the connections ended or not: the stored answer again.
                        if (attempt == 1 && person.equals(people.get(0))) {
                            continue;
                        }
                        break;
                    }
                    if (!isRetryLater(answer) && !isInDoubt(answer) || attempt == 40) {
                        wrong.add(person + " attempt " + attempt + ": " + answer.statusCode() + " " + answer.body());
                        break;
                    }
                    Thread.sleep(100);
                }
            }
        } finally {
            booking.set(false);
        }
        int rounds = endings.get(30, TimeUnit.SECONDS);
        ender.shutdown();
        System.out.println("bookings sent again with their keys while the database ended the connections " + rounds + " times: "
                + statuses + ", " + replayed + " answered with the stored answer");

        assertEquals(List.of(), wrong, "every booking ends in 201 when sent again with its key");
        assertTrue(rounds >= 3, "the connections were ended while booking: " + rounds);
        assertTrue(replayed >= 1, "a retry of a stored booking is answered with its stored answer");
        String rotationsOf = "SELECT COUNT(*) FROM rotation r JOIN pmo p ON p.id = r.pmo_id JOIN staff s ON s.id = r.staff_id"
                + " WHERE p.code = ? AND s.employee_number = ?";
        for (String person : people) {
            assertEquals(1, Database.count(rotationsOf, pmo, person), person + " is booked exactly once");
            assertEquals(1, locations.get(person).size(), person + ": every 201 names the same rotation " + locations.get(person));
        }
    }

    /** {@code count} project coordinators, registered through the API, never rotated; their employee numbers. */
    private static List<String> newPeople(WebSession manager, String prefix, String name, int count) throws Exception {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            HttpResponse<String> created = post(manager, "/api/v1/staff", "{\"employeeNumber\":\"" + number + "\",\"fullName\":\"" + name
                    + " " + i + "\",\"email\":\"" + number.toLowerCase() + "@example.com\",\"department\":\"Finance\",\"hireDate\":\"2010-01-04\","
                    + "\"level\":\"PROJECT_COORDINATOR\"}");
            assertEquals(201, created.statusCode(), created.body());
            people.add(number);
        }
        return people;
    }

    /** Ends the application's connections every 150 ms while {@code running}; how many times. */
    private static int endConnectionsWhile(AtomicBoolean running) throws Exception {
        int rounds = 0;
        while (running.get()) {
            Thread.sleep(150);
            endApplicationConnections();
            rounds++;
        }
        return rounds;
    }

    /** 503 without Retry-After, saying that the change may have been stored: a commit whose acknowledgement was lost. */
    private static boolean isInDoubt(HttpResponse<String> response) {
        return response.statusCode() == 503 && response.headers().firstValue("Retry-After").isEmpty()
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && response.body().contains("may or may not have been stored");
    }

    private static HttpResponse<String> post(WebSession session, String path, String json) throws Exception {
        return session.send(session.request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void duringAnOutageTheApiAnswers503ThePagesSaySoAndNothingIsWritten() throws Exception {
        WebSession leader = new WebSession(base);
        leader.signIn("leader", WebSession.DEMO_PASSWORD);
        assertEquals(200, leader.get("/staff/index.xhtml").statusCode());
        String number = "OUT" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        try {
            refuseApplicationLogins(true);
            endApplicationConnections();

            HttpResponse<String> read = api("/api/v1/staff?size=5");
            assertRetryLater(read, "a read");
            HttpResponse<String> write = new WebSession(base).send(new WebSession(base).request("/api/v1/staff")
                    .header("Authorization", WebSession.basic("pmo.manager", WebSession.DEMO_PASSWORD))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"employeeNumber\":\"" + number + "\",\"fullName\":\"During the outage\","
                            + "\"email\":\"" + number.toLowerCase() + "@example.com\",\"department\":\"Finance\",\"hireDate\":\"2020-01-06\","
                            + "\"level\":\"PROJECT_COORDINATOR\"}")));
            assertRetryLater(write, "a write");

            HttpResponse<String> ready = new WebSession(base).get("/health/ready");
            assertEquals(503, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("DOWN"), ready.body());

            HttpResponse<String> page = leader.get("/staff/index.xhtml");
            assertEquals(503, page.statusCode(), page.body());
            assertTrue(page.body().contains("Temporarily unavailable"), page.body());
            assertTrue(page.headers().firstValue("Retry-After").isPresent(), page.headers().map().toString());
        } finally {
            refuseApplicationLogins(false);
        }

        long waited = 0;
        while (new WebSession(base).get("/health/ready").statusCode() != 200) {
            assertTrue(waited < 30_000, "ready again once the database takes the application's logins");
            Thread.sleep(250);
            waited += 250;
        }
        assertEquals(200, api("/api/v1/staff?size=5").statusCode(), "the API answers again, without a restart");
        assertEquals(200, leader.get("/staff/index.xhtml").statusCode(), "the pages too, in the same session");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM staff WHERE employee_number = ?", number), "nothing written by the refused request");
    }

    private HttpResponse<String> api(String path) throws Exception {
        return new WebSession(base).getAs(path, "admin", WebSession.DEMO_PASSWORD);
    }

    private static boolean isRetryLater(HttpResponse<String> response) {
        return response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && response.body().contains("\"detail\"");
    }

    private static void assertRetryLater(HttpResponse<String> response, String what) {
        assertTrue(isRetryLater(response), what + " during the outage: " + response.statusCode() + " " + response.headers().map()
                + " " + response.body());
    }

    /** Ends every connection of the application's role, as a database restart does; how many there were. */
    private static int endApplicationConnections() throws Exception {
        try (Connection db = Database.connect();
             PreparedStatement end = db.prepareStatement("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = ?")) {
            end.setString(1, APPLICATION_ROLE);
            try (ResultSet ended = end.executeQuery()) {
                ended.next();
                return ended.getInt(1);
            }
        }
    }

    private static void refuseApplicationLogins(boolean refuse) throws Exception {
        try (Connection db = Database.connect(); Statement statement = db.createStatement()) {
            statement.execute("ALTER ROLE " + APPLICATION_ROLE + (refuse ? " NOLOGIN" : " LOGIN"));
        }
    }
}
