package org.pmorotations.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database restarted under a booking load, for real: {@code clients} threads each create a
 * person and book them a rotation in the drill's own PMO, in a loop; after {@code before} seconds
 * the database is restarted by {@code restart} (a shell command, e.g. {@code pg_ctlcluster 15 main
 * restart}); the load goes on for {@code after} seconds once the database accepts connections
 * again. Prints the answers by status before, during and after the restart, the time from the
 * database's return to the first booking and to the last error, and, read from the database: the
 * bookings answered 201 that are missing (lost), the bookings stored without a 201 (their answer
 * was lost), people booked twice, and bookings without their history event.
 *
 * <pre>java -cp ... org.pmorotations.benchmark.RestartDrill URL MANAGER PASSWORD JDBC_URL JDBC_USER "RESTART COMMAND"
 *      [clients=8] [before=10] [after=30]</pre>
 */
public final class RestartDrill {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private record Answer(long at, String what, int status, long rotationId) {
    }

    private RestartDrill() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String authorization = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        String jdbcUrl = args[3];
        String jdbcUser = args[4];
        String restart = args[5];
        int clients = args.length > 6 ? Integer.parseInt(args[6]) : 8;
        int before = args.length > 7 ? Integer.parseInt(args[7]) : 10;
        int after = args.length > 8 ? Integer.parseInt(args[8]) : 30;

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
        String pmo = "DRILL" + run;
        HttpResponse<String> created = send(http, base, authorization, "POST", "/api/v1/pmos", "{\"code\":\"" + pmo
                + "\",\"name\":\"Restart drill " + run + "\",\"tier\":\"DEPARTMENT\",\"seats\":{\"PMO_ANALYST\":5000,\"PMO_MANAGER\":0},"
                + "\"opens\":\"2020-01-01\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("The drill's PMO was refused: " + created.statusCode() + " " + created.body());
        }

        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger people = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> loops = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            loops.add(pool.submit(() -> {
                while (running.get()) {
                    String number = "DR" + run + "-" + people.incrementAndGet();
                    HttpResponse<String> person = send(http, base, authorization, "POST", "/api/v1/staff", "{\"employeeNumber\":\"" + number
                            + "\",\"fullName\":\"Drill " + number + "\",\"email\":\"" + number.toLowerCase() + "@example.com\","
                            + "\"department\":\"Drill\",\"hireDate\":\"2010-01-04\",\"level\":\"PROJECT_MANAGER\"}");
                    answers.add(new Answer(millis(start), "person", person.statusCode(), 0));
                    if (person.statusCode() != 201) {
                        continue;
                    }
                    HttpResponse<String> booking = send(http, base, authorization, "POST", "/api/v1/rotations", "{\"employeeNumber\":\""
                            + number + "\",\"pmoCode\":\"" + pmo + "\",\"role\":\"PMO_ANALYST\",\"start\":\"2031-01-01\",\"months\":12,"
                            + "\"objectives\":[\"PROCESS_IMPROVEMENT\"]}");
                    Matcher id = ID.matcher(booking.body());
                    answers.add(new Answer(millis(start), "booking", booking.statusCode(),
                            booking.statusCode() == 201 && id.find() ? Long.parseLong(id.group(1)) : 0));
                }
                return null;
            }));
        }

        Thread.sleep(before * 1000L);
        long restartAt = millis(start);
        Process restarting = new ProcessBuilder("sh", "-c", restart).inheritIO().start();
        int exit = restarting.waitFor();
        long readyAt = untilAccepting(jdbcUrl, jdbcUser, start);
        Thread.sleep(after * 1000L);
        running.set(false);
        for (Future<?> loop : loops) {
            loop.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        System.out.printf("restart: \"%s\" exit %d, started at %.1f s, database accepting connections at %.1f s (%.1f s later)%n",
                restart, exit, restartAt / 1000.0, readyAt / 1000.0, (readyAt - restartAt) / 1000.0);
        List<Answer> all = List.copyOf(answers);
        print("before the restart", all, a -> a.at() < restartAt);
        print("during the restart", all, a -> a.at() >= restartAt && a.at() < readyAt);
        print("after the database was back", all, a -> a.at() >= readyAt);
        all.stream().filter(a -> a.at() >= readyAt && a.what().equals("booking") && a.status() == 201).mapToLong(Answer::at).min()
                .ifPresentOrElse(first -> System.out.printf("first booking after the database was back: %.1f s after it%n", (first - readyAt) / 1000.0),
                        () -> System.out.println("first booking after the database was back: none"));
        all.stream().filter(a -> a.at() >= readyAt && a.status() >= 500).mapToLong(Answer::at).max()
                .ifPresentOrElse(last -> System.out.printf("last error after the database was back: %.1f s after it%n", (last - readyAt) / 1000.0),
                        () -> System.out.println("last error after the database was back: none"));

        Set<Long> answered = new HashSet<>();
        all.stream().filter(a -> a.rotationId() > 0).forEach(a -> answered.add(a.rotationId()));
        try (Connection db = DriverManager.getConnection(jdbcUrl, jdbcUser, "")) {
            Set<Long> stored = new HashSet<>(longs(db, "SELECT r.id FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = '" + pmo + "'"));
            Set<Long> lost = new HashSet<>(answered);
            lost.removeAll(stored);
            Set<Long> unanswered = new HashSet<>(stored);
            unanswered.removeAll(answered);
            long twice = longs(db, "SELECT r.staff_id FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = '" + pmo
                    + "' GROUP BY r.staff_id HAVING COUNT(*) > 1").size();
            long withoutHistory = longs(db, "SELECT r.id FROM rotation r JOIN pmo p ON p.id = r.pmo_id WHERE p.code = '" + pmo
                    + "' AND NOT EXISTS (SELECT 1 FROM rotation_event e WHERE e.rotation_id = r.id)").size();
            System.out.printf("bookings answered 201: %d; stored: %d; lost (201 but not stored): %d; stored without a 201 answer: %d;"
                    + " people booked twice: %d; bookings without their history event: %d%n",
                    answered.size(), stored.size(), lost.size(), unanswered.size(), twice, withoutHistory);
        }
    }

    private static void print(String when, List<Answer> answers, java.util.function.Predicate<Answer> in) {
        Map<String, Map<Integer, Integer>> counts = new LinkedHashMap<>();
        for (Answer answer : answers) {
            if (in.test(answer)) {
                counts.computeIfAbsent(answer.what(), what -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            }
        }
        System.out.println(when + ": " + (counts.isEmpty() ? "no requests" : counts));
    }

    /** The first moment (ms since the start) at which the database takes a new connection. */
    private static long untilAccepting(String jdbcUrl, String user, long start) throws InterruptedException {
        while (true) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, "")) {
                return millis(start);
            } catch (SQLException notYet) {
                Thread.sleep(100);
            }
        }
    }

    private static List<Long> longs(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    /** An answer, or status 0 when no answer came (connection refused, timed out). */
    private static HttpResponse<String> send(HttpClient http, URI base, String authorization, String method, String path, String json) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception noAnswer) {
            return new NoAnswer(noAnswer);
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** What {@link #send} gives when the server did not answer. */
    private record NoAnswer(Exception failure) implements HttpResponse<String> {
        public int statusCode() { return 0; }
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        public String body() { return String.valueOf(failure); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
