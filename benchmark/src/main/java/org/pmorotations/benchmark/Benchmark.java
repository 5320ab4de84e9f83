package org.pmorotations.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of the large organisation, in three commands:
 * <ul>
 *   <li>{@code floor --db-url --db-user --db-password --out}: the SQL floor of the report summary
 *       ({@link SummaryFloor}) over JDBC, p50/p95. Run while the application is stopped: an H2
 *       file allows one process at a time.</li>
 *   <li>{@code http --url --user --password --out [--pid]}: signs in once through the form (the
 *       API takes the session as well as HTTP Basic, so PBKDF2 is paid once per client, not per
 *       call), then times each scenario one request at a time (p50/p95 of the time to the whole
 *       response on the loopback), the throughput of two scenarios with 16 clients, and the
 *       server's heap (after a full GC, by jcmd) and RSS. {@code --only check,summary} runs only
 *       the scenarios named (as they are printed; {@code throughput.check} for a throughput).</li>
 *   <li>{@code table --small a.properties --large b.properties}: the two runs side by side, with
 *       the ratios and the targets.</li>
 * </ul>
 */
public final class Benchmark {

    static final int CLIENTS = 16;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern EMPLOYEE = Pattern.compile("\"employeeNumber\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private final Properties results = new Properties();
    private final Map<String, String> options;

    private Benchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("Say floor, http or table");
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Benchmark benchmark = new Benchmark(options);
        switch (args[0]) {
            case "floor" -> benchmark.floor();
            case "http" -> benchmark.http();
            case "table" -> Table.print(load(options.get("small")), load(options.get("large")));
            default -> throw new IllegalArgumentException("Unknown command " + args[0] + ": floor, http or table");
        }
    }

    // ------------------------------------------------------------------ the SQL floor

    private void floor() throws Exception {
        LocalDate asOf = LocalDate.parse(options.getOrDefault("as-of", LocalDate.now().toString()));
        String sql = SummaryFloor.sql(asOf);
        try (Connection connection = DriverManager.getConnection(options.get("db-url"), options.getOrDefault("db-user", "sa"),
                options.getOrDefault("db-password", "embedded"))) {
            List<String> rows = SummaryFloor.run(connection, sql);
            rows.stream().filter(row -> !row.startsWith("FILL_PMO") && !row.startsWith("QUARTER")).sorted()
                    .forEach(row -> System.out.println("  floor " + row));
            time("floor", 3, 20, Duration.ofSeconds(60), () -> SummaryFloor.run(connection, sql));
            fingerprint(connection);
        }
        save();
    }

    /**
     * The check of the data that every cached view of the figures costs (the service's
     * {@code DataFingerprint}, one statement), when run.sh puts the service's classes on the class path.
     */
    private void fingerprint(Connection connection) throws Exception {
        Class<?> type;
        try {
            type = Class.forName("org.pmorotations.service.report.DataFingerprint");
        } catch (ClassNotFoundException e) {
            System.out.println("  (no DataFingerprint on the class path: not timed)");
            return;
        }
        java.lang.reflect.Method read = type.getMethod("read", Connection.class);
        System.out.println("  fingerprint " + read.invoke(null, connection));
        time("fingerprint", 3, 50, Duration.ofSeconds(30), () -> read.invoke(null, connection));
        // On PostgreSQL the check reads six change counters (migration V5): nothing to compute.
        if (!"H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        // H2 hands back the last result of a statement it ran before when no table changed since,
        // which makes the repeat above nearly free there; a text of its own each time makes H2
        // compute it, as it does after a change.
        String sql = (String) type.getField("SQL").get(null);
        AtomicInteger run = new AtomicInteger();
        time("fingerprint.computed", 3, 50, Duration.ofSeconds(30), () -> {
            try (java.sql.Statement statement = connection.createStatement();
                 java.sql.ResultSet result = statement.executeQuery("SELECT * FROM (" + sql + ") g WHERE " + run.incrementAndGet() + " > 0")) {
                int rows = 0;
                while (result.next()) {
                    rows++;
                }
                return rows;
            }
        });
    }

    // ------------------------------------------------------------------ HTTP

    private String base;
    private final Random random = new Random(7);

    private void http() throws Exception {
        base = options.getOrDefault("url", "http://localhost:8080").replaceAll("/$", "");
        String user = options.getOrDefault("user", "pmo.manager");
        String password = options.get("password");
        HttpClient client = signIn(user, password);

        List<String> employees = new ArrayList<>();
        for (int page = 0; page < 20 && employees.size() < 200; page++) {
            String body = send(client, get("/api/v1/staff?size=50&page=" + (page * 7)), 200).body();
            Matcher matcher = EMPLOYEE.matcher(body);
            while (matcher.find()) {
                employees.add(matcher.group(1));
            }
        }
        LocalDate today = LocalDate.now();
        List<String[]> pmos = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(send(client, get("/api/v1/pmos"), 200).body()))) {
            for (JsonObject pmo : reader.readArray().getValuesAs(JsonObject.class)) {
                if (pmo.isNull("closes")) {
                    pmos.add(new String[]{pmo.getString("code"), pmo.getString("tier")});
                }
            }
        }
        if (employees.isEmpty() || pmos.isEmpty()) {
            throw new IllegalStateException("No staff or open PMOs found through the API");
        }
        System.out.printf("%d employees and %d open PMOs to draw from%n", employees.size(), pmos.size());
        LocalDate quarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);

        // The figures are cached while the data is unchanged (ReportCache): a repeat view costs a check
        // of the data. The first view after a change costs the figures: timed here with a day not asked
        // for before on each request (another day is another entry of the cache), the same statements.
        time("dashboard", 3, 30, budget(), () -> send(client, get("/reports/dashboard.xhtml"), 200));
        AtomicInteger daysBack = new AtomicInteger();
        time("dashboard.uncached", 3, 30, budget(), () -> send(client, get("/reports/dashboard.xhtml?asOf="
                + today.minusDays(daysBack.incrementAndGet())), 200));
        time("summary", 3, 30, budget(), () -> send(client, get("/api/v1/reports/summary"), 200));
        time("summary.uncached", 3, 30, budget(), () -> send(client, get("/api/v1/reports/summary?asOf="
                + today.minusDays(daysBack.incrementAndGet())), 200));
        time("directory", 3, 40, budget(), () -> send(client, get("/staff/index.xhtml?q=" + pickName()
                + "&level=PROJECT_MANAGER"), 200));
        time("history", 3, 40, budget(), () -> send(client, get("/staff/view.xhtml?employee=" + pick(employees)), 200));
        time("board", 3, 40, budget(), () -> send(client, get("/rotations/board.xhtml?from=" + quarter
                + "&months=3&tier=DEPARTMENT"), 200));
        // The work queue: the Overview of a PMO manager (proposals to approve, ends without a return, starts, overdue).
        time("queue", 3, 40, budget(), () -> send(client, get("/index.xhtml"), 200));
        waysBack(client, today);
        personSearch(client);
        time("check", 10, 200, budget(), () -> send(client, post("/api/v1/rotations/check", checkBody(employees, pmos, today)), 200));
        schedule(client, pmos, today);
        throughput("check", user, password, employees, pmos, today);
        throughput("dashboard", user, password, employees, pmos, today);
        if (selected("memory")) {
            memory();
        }
        save();
    }

    /**
     * The way back: a rotation's return matches (the active ones ending within six months, each
     * ranked against the open roles running when they return) and the Returns page, which ranks
     * them all.
     */
    private void waysBack(HttpClient client, LocalDate today) throws Exception {
        if (!selected("matches") && !selected("returns")) {
            return;
        }
        List<String> ending = new ArrayList<>();
        LocalDate horizon = today.plusMonths(6);
        try (JsonReader reader = Json.createReader(new StringReader(send(client, get("/api/v1/rotations?status=ACTIVE&from=" + today
                + "&to=" + horizon + "&size=500"), 200).body()))) {
            for (JsonObject rotation : reader.readObject().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (!LocalDate.parse(rotation.getString("end")).isAfter(horizon)) {
                    ending.add(String.valueOf(rotation.getJsonNumber("id").longValue()));
                }
            }
        }
        if (ending.isEmpty()) {
            throw new IllegalStateException("No active rotation ends within six months");
        }
        System.out.printf("%d active rotations ending within six months to match%n", ending.size());
        time("matches", 3, 60, budget(), () -> send(client, get("/api/v1/rotations/" + pick(ending) + "/return-matches"), 200));
        time("returns", 2, 30, budget(), () -> send(client, get("/rotations/returns.xhtml"), 200));
    }

    /**
     * The plan form's person search as the browser sends it: the autocomplete's Ajax request in the
     * view the form page opened, with two to four letters of a surname, answering up to eight people.
     */
    private void personSearch(HttpClient client) throws Exception {
        if (!selected("search")) {
            return;
        }
        String page = send(client, get("/rotations/schedule.xhtml"), 200).body();
        String viewState = find(VIEW_STATE, page).replace("&#58;", ":").replace("&amp;", "&");
        String field = "schedule:employee";
        time("search", 3, 60, budget(), () -> {
            String name = pickName();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("jakarta.faces.partial.ajax", "true");
            fields.put("jakarta.faces.source", field);
            fields.put("jakarta.faces.partial.execute", field);
            fields.put("jakarta.faces.partial.render", field);
            fields.put(field, field);
            fields.put(field + "_query", name.substring(0, Math.min(name.length(), 2 + random.nextInt(3))));
            fields.put("schedule", "schedule");
            fields.put("jakarta.faces.ViewState", viewState);
            String body = send(client, HttpRequest.newBuilder(URI.create(base + "/rotations/schedule.xhtml")).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))).build(), 200).body();
            if (!body.contains("<partial-response") || !body.contains("suggestion-name")) {
                throw new IllegalStateException("The person search answered no suggestion for " + fields.get(field + "_query") + ": "
                        + body.substring(0, Math.min(600, body.length())));
            }
            return body;
        });
    }

    /** Whether {@code --only} (a comma-separated list of scenario names) leaves {@code scenario} in; every one without it. */
    private boolean selected(String scenario) {
        String only = options.get("only");
        return only == null || List.of(only.split(",")).contains(scenario);
    }

    private Duration budget() {
        return Duration.ofSeconds(Long.parseLong(options.getOrDefault("budget-seconds", "40")));
    }

    private static final String[] NAMES = {"Rossi", "Chen", "Okafor", "Nowak", "Haddad", "Silva", "Patel", "Kim", "Santos", "Berg"};

    private String pickName() {
        return NAMES[random.nextInt(NAMES.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private synchronized String checkBody(List<String> employees, List<String[]> pmos, LocalDate today) {
        String[] pmo = pmos.get(random.nextInt(pmos.size()));
        return "{\"employeeNumber\":\"" + pick(employees) + "\",\"pmoCode\":\"" + pmo[0] + "\",\"role\":\""
                + (random.nextInt(4) == 0 ? "PMO_MANAGER" : "PMO_ANALYST") + "\",\"start\":\""
                + today.plusMonths(1 + random.nextInt(18)).withDayOfMonth(1) + "\",\"months\":" + (12 + random.nextInt(13))
                + ",\"objectives\":[\"PROCESS_IMPROVEMENT\"]}";
    }

    /**
     * Schedules rotations that meet every rule (people the candidates endpoint proposes, for seats
     * two years ahead, past the generated plans) and cancels each afterwards, untimed, so the
     * data stays as generated apart from the cancelled proposals.
     */
    private void schedule(HttpClient client, List<String[]> pmos, LocalDate today) throws Exception {
        if (!selected("candidates") && !selected("schedule")) {
            return;
        }
        LocalDate start = today.plusYears(2).withDayOfMonth(1);
        List<String[]> bookings = new ArrayList<>();
        List<String[]> seats = new ArrayList<>(pmos.subList(0, Math.min(10, pmos.size())));
        int[] seat = {0};
        // The candidates of a seat rank every active person: timed too, as it is what planning a rotation shows.
        time("candidates", 2, seats.size(), budget(), () -> {
            String[] pmo = seats.get(seat[0]++ % seats.size());
            String body = send(client, get("/api/v1/rotations/candidates?pmo=" + pmo[0] + "&role=PMO_ANALYST&start=" + start
                    + "&months=12&limit=" + (bookings.size() + 5)), 200).body();
            Matcher candidate = EMPLOYEE.matcher(body);
            int taken = 0;
            while (candidate.find() && taken < 2) {
                String employee = candidate.group(1);
                if (bookings.stream().noneMatch(booking -> booking[0].equals(employee))) {
                    bookings.add(new String[]{employee, pmo[0]});
                    taken++;
                }
            }
            return body;
        });
        List<String[]> created = new ArrayList<>();
        int[] next = {0};
        time("schedule", 0, bookings.size(), budget(), () -> {
            String[] booking = bookings.get(next[0]++ % bookings.size());
            HttpResponse<String> response = send(client, post("/api/v1/rotations", "{\"employeeNumber\":\"" + booking[0]
                    + "\",\"pmoCode\":\"" + booking[1] + "\",\"role\":\"PMO_ANALYST\",\"start\":\"" + start
                    + "\",\"months\":12,\"objectives\":[\"PROCESS_IMPROVEMENT\"]}"), 201);
            Matcher id = ID.matcher(response.body());
            Matcher version = VERSION.matcher(response.body());
            if (id.find() && version.find()) {
                synchronized (created) {
                    created.add(new String[] {id.group(1), version.group(1)});
                }
            }
            return response;
        });
        for (String[] booked : created) {
            send(client, post("/api/v1/rotations/" + booked[0] + "/cancel", "{\"reason\":\"Benchmark booking, withdrawn.\",\"version\":"
                    + booked[1] + "}"), 200);
        }
    }

    /** Requests per second with {@value #CLIENTS} clients, each signed in with its own session, for the budget's time. */
    private void throughput(String scenario, String user, String password, List<String> employees,
                            List<String[]> pmos, LocalDate today) throws Exception {
        if (!selected("throughput." + scenario)) {
            return;
        }
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(signIn(user, password));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long seconds = Long.parseLong(options.getOrDefault("throughput-seconds", "20"));
        List<Future<?>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (HttpClient client : clients) {
            futures.add(pool.submit(() -> {
                while (running.get()) {
                    try {
                        if (scenario.equals("check")) {
                            send(client, post("/api/v1/rotations/check", checkBody(employees, pmos, today)), 200);
                        } else {
                            send(client, get("/reports/dashboard.xhtml"), 200);
                        }
                        done.incrementAndGet();
                    } catch (Exception e) {
                        if (failed.incrementAndGet() == 1) {
                            System.out.println("first failure under load: " + e);
                        }
                    }
                }
                return null;
            }));
        }
        Thread.sleep(seconds * 1000);
        running.set(false);
        // Requests under way finish and count: a page slower than the window still shows up.
        for (Future<?> future : futures) {
            future.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        double rate = done.get() / elapsed;
        System.out.printf(Locale.ROOT, "%-12s %d clients: %.1f requests/s (%d in %.0f s, %d failed)%n", scenario, CLIENTS, rate,
                done.get(), elapsed, failed.get());
        results.setProperty("throughput." + scenario, String.format(Locale.ROOT, "%.2f", rate));
    }

    private void memory() throws Exception {
        String pid = options.get("pid");
        if (pid == null) {
            return;
        }
        run("jcmd", pid, "GC.run");
        String heap = run("jcmd", pid, "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heap);
        if (used.find()) {
            results.setProperty("heap.committed.mb", Long.toString(Long.parseLong(used.group(1)) / 1024));
            results.setProperty("heap.used.mb", Long.toString(Long.parseLong(used.group(2)) / 1024));
        }
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                results.setProperty("rss.mb", Long.toString(Long.parseLong(line.replaceAll("\\D", "")) / 1024));
            }
        }
        System.out.println("heap after a full GC: " + results.getProperty("heap.used.mb") + " MB used of "
                + results.getProperty("heap.committed.mb") + " MB committed; RSS " + results.getProperty("rss.mb") + " MB");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    // ------------------------------------------------------------------ timing

    @FunctionalInterface
    interface Request {
        Object call() throws Exception;
    }

    /** Warms up, then times up to {@code count} calls one after another within {@code budget}; p50 and p95 in ms. */
    private void time(String scenario, int warmUp, int count, Duration budget, Request request) throws Exception {
        if (!selected(scenario)) {
            return;
        }
        for (int i = 0; i < warmUp; i++) {
            request.call();
        }
        List<Double> millis = new ArrayList<>();
        long until = System.nanoTime() + budget.toNanos();
        while (millis.size() < count && (millis.size() < 5 || System.nanoTime() < until)) {
            long started = System.nanoTime();
            request.call();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double p50 = percentile(sorted, 0.50);
        double p95 = percentile(sorted, 0.95);
        System.out.printf(Locale.ROOT, "%-12s n=%3d  p50 %8.1f ms  p95 %8.1f ms%n", scenario, sorted.length, p50, p95);
        results.setProperty(scenario + ".n", Integer.toString(sorted.length));
        results.setProperty(scenario + ".p50", String.format(Locale.ROOT, "%.1f", p50));
        results.setProperty(scenario + ".p95", String.format(Locale.ROOT, "%.1f", p95));
    }

    /** Nearest rank. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ------------------------------------------------------------------ HTTP plumbing

    private HttpClient signIn(String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String form = send(client, get("/login.xhtml"), 200).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("username", user);
        fields.put("password", password);
        fields.put("continue", "");
        fields.put("signIn", "");
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, form).replace("&#58;", ":").replace("&amp;", "&"));
        fields.put("primefaces.nonce", find(NONCE, form));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(fields))).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
            throw new IllegalStateException("Sign-in as " + user + " refused: " + signedIn.statusCode());
        }
        send(client, get("/api/v1/me"), 200);
        return client;
    }

    /** A form's fields as an {@code application/x-www-form-urlencoded} body. */
    private static String formBody(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("Not found in the page: " + pattern);
        }
        return matcher.group(1);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).GET().build();
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode() + " instead of "
                    + expected + "\n" + response.body().substring(0, Math.min(600, response.body().length())));
        }
        return response;
    }

    // ------------------------------------------------------------------ results

    private void save() throws IOException {
        if (options.containsKey("staff")) {
            results.setProperty("staff", options.get("staff"));
        }
        String out = options.get("out");
        if (out == null) {
            return;
        }
        Path file = Path.of(out);
        Properties all = Files.exists(file) ? load(out) : new Properties();
        all.putAll(results);
        try (Writer writer = Files.newBufferedWriter(file)) {
            new TreeMap<>(all).forEach((key, value) -> {
                try {
                    writer.write(key + "=" + value + "\n");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(Path.of(file))) {
            properties.load(reader);
        }
        return properties;
    }
}
