package org.pmorotations.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the API sent every mutation of a valid request of its, each once (see
 * {@link #mutations}): each field left out, added or given each of the hostile values (wrong types,
 * empty, huge and negative numbers, impossible and far dates, control characters, lone
 * surrogates, markup, very long text), each query parameter and the path's identifier given each
 * hostile text, the version header each wrong form, and the body cut, replaced, nested too deep,
 * not UTF-8 or not JSON, or sent as another content type. Where a body is cut or a character
 * changed is drawn from a seed ({@code -Dfuzz.seed}). The application must never answer 5xx,
 * every error must be problem+json, and a refused request must leave every table as it was (rows
 * and versions). Runs on H2 and on PostgreSQL ({@code -Dfuzz.every} sends one in so many); the counts by status are printed.
 *
 * <p>The other classes share this deployment: the test's people are in a department of their own,
 * and the open roles, people, projects and PMOs that an endpoint's valid requests created (hundreds, with
 * names such as {@code <script>alert(1)</script>}) are removed after its requests, so that a
 * project list's first page, a department's download or a candidate ranking reads as it would
 * without this test.
 */
@ExtendWith(ArquillianExtension.class)
class ApiFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    /**
     * One in how many of an endpoint's mutations are sent ({@code -Dfuzz.every}, 1 by default: all):
     * the mutations at the positions {@code k * every + offset}, the offset drawn per endpoint from
     * the seed, so that another seed sends others.
     */
    private static final int EVERY = Math.max(1, Integer.getInteger("fuzz.every", 1));
    private static final String MANAGER = "pmo.manager";
    private static final String[] TABLES = {"staff", "level_change", "project", "project_role", "pmo", "rotation", "rotation_event",
            "rotation_objective", "return_placement", "policy_setting", "open_role", "open_role_event"};
    /** The tables whose rows the valid requests create and this test removes afterwards. */
    private static final List<String> CREATED = List.of("open_role", "staff", "project", "pmo");
    private static final String[] VERSIONED = {"staff", "level_change", "project", "project_role", "pmo", "rotation",
            "return_placement", "policy_setting", "open_role"};

    /** JSON values put in place of a field's own. */
    private static final List<String> VALUES = List.of("\"\"", "\" \"", "null", "true", "0", "-1", "2147483648", "-2147483649",
            "9223372036854775808", "1e309", "1.5", "-0", "[]", "{}", "\"abc\"", "\"\\u0000\"", "\"E10001\\u0000\"", "\"\\t\\n\"",
            "\"<script>alert(1)</script>\"", "\"2027-02-30\"", "\"0000-01-01\"", "\"+20000-01-01\"", "\"9999-12-31\"",
            "\"1899-12-31\"", "\"-1\"", "\"NaN\"", "\"" + "x".repeat(5000) + "\"", "\"\\uD83D\\uDE00\"", "\"\\u202Eevil\"",
            "\"\\uD800\"", "\"PMO_ANALYST\"", "\"pmo_analyst\"", "\"FIN-PMO\"", "[\"a\",1]", "{\"a\":{\"b\":[]}}",
            "\"2027-01-01T00:00:00Z\"", "\"=cmd|' /C calc'!A0\"", "\"a,b\\\"c\"");
    /** Query parameter and path values. */
    private static final List<String> TEXTS = List.of("", " ", "abc", "-1", "0", "2147483648", "99999999999999999999", "1.5",
            "1e3", "2027-02-30", "0000-01-01", "99999-01-01", "\u0000", "E10001\u0000", "<b>x</b>", "x".repeat(3000), "ACTIVE",
            "active", "FIN-PMO", "%", "E10001'--", "\uD83D\uDE00", "\u202E", "..", "../api", "a/b", "+1", "٣");

    @ArquillianResource
    URL base;

    private static Fixture fixture;

    /** The test's own PMO, project, person (in a department of the test's) and rotation, which the endpoints that change one are aimed at. */
    private record Fixture(String pmo, String project, String person, String department, long rotation, LocalDate start, long openRole) {
    }

    /** One valid request of an endpoint; {@code ifMatch}, when not null, is its If-Match header. */
    private record Endpoint(String name, String method, String path, String user, Map<String, String> body,
                            Map<String, String> query, String contentType, String ifMatch) {
    }

    static Stream<String> endpoints() {
        return Stream.of("POST rotations/check", "POST rotations", "GET rotations", "GET rotations/candidates",
                "GET rotations/{id}", "POST rotations/{id}/approve", "POST rotations/{id}/extend", "POST rotations/{id}/curtail",
                "POST rotations/{id}/cancel", "POST rotations/{id}/reschedule", "POST rotations/{id}/return",
                "POST rotations/{id}/return/confirm", "POST rotations/{id}/complete", "PUT rotations/{id}", "POST rotations/{id}/notes", "POST staff", "PUT staff/{employeeNumber}",
                "GET staff", "GET staff/{employeeNumber}", "GET staff/{employeeNumber}/history", "POST staff/{employeeNumber}/roles",
                "POST staff/{employeeNumber}/levels", "POST staff/import", "GET pmos", "GET pmos/{code}", "POST pmos",
                "PUT pmos/{code}", "GET projects", "POST projects", "GET reports/summary", "GET reports/bench", "PUT policy",
                "POST jobs/daily", "GET open-roles", "GET open-roles/{openRole}", "POST open-roles", "PUT open-roles/{openRole}",
                "POST open-roles/{openRole}/fill", "POST open-roles/{openRole}/withdraw", "POST open-roles/import",
                "GET rotations/{id}/return-matches",
                "GET projects/{project}/backfills");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void mutatedRequestsAreAnsweredWithoutAServerErrorAndRefusalsChangeNothing(String name) throws Exception {
        Fixture own = fixture();
        String policyBefore = new WebSession(base).getAs("/api/v1/policy", "admin", WebSession.DEMO_PASSWORD).body();
        Random random = new Random(SEED ^ name.hashCode());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        Map<String, WebSession> sessions = new java.util.HashMap<>();
        Map<String, Set<Long>> existing;
        try (Connection db = Database.connect()) {
            existing = ids(db);
        }
        List<Mutation> mutations;
        try (Connection db = Database.connect()) {
            String before = snapshot(db);
            mutations = sample(mutations(endpoint(name, own, db), random), random);
            for (Mutation mutation : mutations) {
                Endpoint endpoint = endpoint(name, own, db);
                Mutated request = mutation.apply(endpoint);
                HttpResponse<String> response = send(session(sessions, endpoint.user()), endpoint, request);
                int status = response.statusCode();
                statuses.merge(status, 1, Integer::sum);
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                if (status >= 500) {
                    wrong.add(status + " for " + request + ": " + abbreviate(response.body()));
                } else if (status >= 400 && !contentType.startsWith("application/problem+json") && !undecodable(request, status)) {
                    wrong.add(status + " as " + contentType + " for " + request + ": " + abbreviate(response.body()));
                }
                String after = snapshot(db);
                if (status >= 400 && !after.equals(before)) {
                    wrong.add(status + " but the tables changed (" + before + " -> " + after + ") for " + request);
                }
                before = after;
            }
        } finally {
            restorePolicy(policyBefore);
            removeCreated(existing);
        }
        System.out.println("fuzz " + name + " on " + Database.kind() + ": " + mutations.size() + " requests, by status " + statuses);
        assertEquals(List.of(), wrong, "answers to mutated requests of " + name);
    }

    private static List<Mutation> sample(List<Mutation> all, Random random) {
        if (EVERY == 1) {
            return all;
        }
        int offset = random.nextInt(EVERY);
        List<Mutation> sent = new ArrayList<>();
        for (int i = offset; i < all.size(); i += EVERY) {
            sent.add(all.get(i));
        }
        return sent;
    }

    /** What one request was: its path with the query, its content type and its body. */
    private record Mutated(String path, String contentType, String ifMatch, byte[] body, String what) {
        @Override
        public String toString() {
            return what + " -> " + abbreviate(path) + (ifMatch == null ? "" : " If-Match: " + abbreviate(ifMatch))
                    + (body == null ? "" : " " + abbreviate(new String(body, StandardCharsets.UTF_8)));
        }
    }

    /**
     * An address with an encoded NUL or bytes that are not UTF-8 in its path is refused by the
     * HTTP server itself, with a bare 400, before any application sees it: the one error that is
     * not problem+json, and still no 5xx.
     */
    private static boolean undecodable(Mutated request, int status) {
        String path = request.path().split("\\?", 2)[0];
        return status == 400 && (path.contains("%00") || path.contains("%C3%28"));
    }

    private Endpoint endpoint(String name, Fixture own, Connection db) throws SQLException {
        String[] parts = name.split(" ", 2);
        String method = parts[0];
        String path = "/api/v1/" + parts[1].replace("{id}", String.valueOf(own.rotation()))
                .replace("{employeeNumber}", own.person()).replace("{code}", own.pmo())
                .replace("{openRole}", String.valueOf(own.openRole())).replace("{project}", own.project());
        String start = own.start().toString();
        Map<String, String> body = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        String user = MANAGER;
        String contentType = "application/json";
        String unique = "FZ" + Long.toString(System.nanoTime() % 1_000_000_000_000L, 36).toUpperCase();
        // A change to the rotation is made on the version it has now, read before each request:
        // in the body where the change has one, else in If-Match.
        String ifMatch = null;
        if ((parts[1].startsWith("rotations/{id}/") && !parts[1].endsWith("/notes")) || name.equals("PUT rotations/{id}")) {
            long version = Database.count(db, "SELECT version FROM rotation WHERE id = ?", own.rotation());
            if (parts[1].endsWith("/approve") || parts[1].endsWith("/confirm")) {
                ifMatch = "\"" + version + "\"";
            } else {
                body.put("version", String.valueOf(version));
            }
        }
        if (parts[1].startsWith("open-roles/{openRole}") && !method.equals("GET")) {
            body.put("version", String.valueOf(Database.count(db, "SELECT version FROM open_role WHERE id = ?", own.openRole())));
        }
        switch (parts[1]) {
            case "open-roles", "open-roles/{openRole}" -> {
                body.put("projectCode", quote(own.project()));
                body.put("minLevel", quote("PROJECT_COORDINATOR"));
                body.put("maxLevel", quote("PROJECT_MANAGER"));
                body.put("start", quote("2030-01-01"));
                body.put("end", quote(method.equals("PUT") ? "2030-10-31" : "2030-12-31"));
                body.put("department", quote(own.department()));
                body.put("description", quote("Fuzzed demand"));
            }
            case "open-roles/{openRole}/fill" -> {
                body.put("employeeNumber", quote(own.person()));
                body.put("start", quote("2030-02-01"));
            }
            case "open-roles/{openRole}/withdraw" -> body.put("reason", quote("Fuzzed away"));
            case "open-roles/import" -> {
                contentType = "text/csv; charset=UTF-8";
                body.put("csv", "projectCode,minLevel,maxLevel,start,end,description\n" + own.project()
                        + ",PROJECT_COORDINATOR,PROJECT_MANAGER,2030-01-01,2030-12-31,Fuzz import " + unique + "\n");
            }
            case "rotations/check", "rotations" -> {
                body.put("employeeNumber", quote(own.person()));
                body.put("pmoCode", quote(own.pmo()));
                body.put("role", quote("PMO_ANALYST"));
                body.put("start", quote(start));
                body.put("months", "12");
                body.put("objectives", "[\"PROCESS_IMPROVEMENT\"]");
            }
            case "rotations/{id}" -> {
                if (method.equals("PUT")) {
                    body.put("pmoCode", quote(own.pmo()));
                    body.put("role", quote("PMO_ANALYST"));
                    body.put("start", quote(own.start().plusMonths(2).toString()));
                    body.put("months", "13");
                    body.put("objectives", "[\"PROCESS_IMPROVEMENT\",\"LEADERSHIP_NETWORK\"]");
                }
            }
            case "rotations/{id}/notes" -> body.put("text", quote("Met the PMO lead.\\nNext review in March."));
            case "rotations/{id}/extend" -> body.put("months", "3");
            case "rotations/{id}/curtail" -> {
                body.put("endDate", quote(own.start().plusMonths(6).toString()));
                body.put("reason", quote("Needed back home"));
            }
            case "rotations/{id}/cancel" -> body.put("reason", quote("Plans changed"));
            case "rotations/{id}/reschedule" -> {
                body.put("start", quote(own.start().plusMonths(1).toString()));
                body.put("months", "12");
            }
            case "rotations/{id}/return" -> {
                body.put("projectCode", quote(own.project()));
                body.put("level", quote("PROJECT_COORDINATOR"));
                body.put("start", quote(own.start().plusMonths(12).toString()));
            }
            case "rotations/{id}/complete" -> body.put("evaluations", "{\"PROCESS_IMPROVEMENT\":{\"rating\":\"MET\",\"note\":\"Good\"}}");
            case "staff", "staff/{employeeNumber}" -> {
                body.put("employeeNumber", quote(parts[1].equals("staff") ? unique : own.person()));
                body.put("fullName", quote("Fuzz " + unique));
                body.put("email", quote(unique.toLowerCase() + "@example.com"));
                body.put("department", quote(own.department()));
                body.put("hireDate", quote("2015-01-05"));
                body.put("level", quote("PROJECT_COORDINATOR"));
                if (method.equals("PUT")) {
                    body.put("active", "true");
                    body.put("version", "0");
                }
            }
            case "staff/{employeeNumber}/roles" -> {
                body.put("projectCode", quote(own.project()));
                body.put("level", quote("PROJECT_COORDINATOR"));
                body.put("start", quote("2016-01-04"));
                body.put("end", quote("2016-06-30"));
            }
            case "staff/{employeeNumber}/levels" -> {
                body.put("level", quote("PROJECT_MANAGER"));
                body.put("effective", quote("2016-01-04"));
            }
            case "staff/import" -> {
                contentType = "text/csv; charset=UTF-8";
                body.put("csv", "employeeNumber,fullName,email,department,hireDate,level\n" + unique + ",Fuzz " + unique + ","
                        + unique.toLowerCase() + "@example.com," + own.department() + ",2015-01-05,PROJECT_COORDINATOR\n");
            }
            case "pmos", "pmos/{code}" -> {
                user = "admin";
                body.put("code", quote(parts[1].equals("pmos") ? unique : own.pmo()));
                body.put("name", quote("Fuzz " + unique));
                body.put("tier", quote("DEPARTMENT"));
                body.put("seats", "{\"PMO_ANALYST\":2,\"PMO_MANAGER\":1}");
                body.put("opens", quote("2020-01-06"));
                body.put("closes", "null");
                if (method.equals("PUT")) {
                    body.put("version", "0");
                }
            }
            case "projects" -> {
                if (method.equals("POST")) {
                    body.put("code", quote(unique));
                    body.put("name", quote("Fuzz " + unique));
                    body.put("department", quote("Finance"));
                    body.put("start", quote("2020-01-06"));
                    body.put("end", quote("2035-12-31"));
                }
            }
            case "policy" -> {
                user = "admin";
                body.put("minMonths", "12");
                body.put("maxMonths", "24");
                body.put("analystMinLevel", quote("PROJECT_COORDINATOR"));
                body.put("managerMinLevel", quote("SENIOR_PROJECT_MANAGER"));
                body.put("enterpriseMinLevel", quote("PROJECT_MANAGER"));
                body.put("tenureMonths", "12");
                body.put("coolOffMonths", "12");
                body.put("atRiskDays", "60");
                body.put("returnHorizonMonths", "6");
                body.put("version", "0");
            }
            // The daily job is only ever sent dates it must refuse: run for a real day, it would
            // move every rotation of the other tests.
            case "jobs/daily" -> {
                user = "admin";
                query.put("asOf", "2027-02-30");
            }
            default -> {
            }
        }
        if (method.equals("GET")) {
            user = "leader";
            body.clear();
            switch (parts[1]) {
                case "rotations" -> {
                    query.put("status", "ACTIVE");
                    query.put("pmo", "FIN-PMO");
                    query.put("employeeNumber", "E10001");
                    query.put("from", "2026-01-01");
                    query.put("to", "2028-01-01");
                    query.put("page", "0");
                    query.put("size", "20");
                }
                case "rotations/candidates" -> {
                    user = MANAGER;
                    query.put("pmo", own.pmo());
                    query.put("role", "PMO_ANALYST");
                    query.put("start", start);
                    query.put("months", "12");
                    query.put("limit", "5");
                }
                case "staff" -> {
                    query.put("q", "Fuzz");
                    query.put("level", "PROJECT_COORDINATOR");
                    query.put("page", "0");
                    query.put("size", "20");
                }
                case "open-roles" -> {
                    query.put("project", own.project());
                    query.put("status", "OPEN");
                }
                case "reports/summary", "reports/bench" -> {
                    query.put("asOf", "2027-01-04");
                    query.put("tier", "DEPARTMENT");
                    query.put("pmo", "FIN-PMO");
                    query.put("department", "Finance");
                }
                default -> {
                }
            }
        }
        if (method.equals("POST") && body.isEmpty() && !parts[1].equals("jobs/daily")) {
            contentType = null;
        }
        return new Endpoint(name, method, path, user, body, query, contentType, ifMatch);
    }

    /** If-Match values put in place of the version read. */
    private static final List<String> IF_MATCHES = List.of("", "*", "\"abc\"", "\"99999999999999999999\"", "\"-1\"", "1",
            "\"1\", \"2\"", "\"0\"", "\"" + "9".repeat(300) + "\"", "\u0000");
    /** Path identifiers put in place of the endpoint's own (already encoded, as sent). */
    private static final List<String> IDENTIFIERS = List.of("abc", "-1", "0", "9223372036854775808", "1.5", "%00", "x".repeat(300),
            "%F0%9F%98%80", "E10001%00", "%C3%28", "%20", "1e3", "%2e%2e");
    /** Bodies put in place of the endpoint's own. */
    private static final List<String> BODIES = List.of("", "null", "[]", "\"text\"", "{", "}", "not JSON at all", "{\"a\":1}{\"b\":2}");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/json; charset=ISO-8859-1",
            "multipart/form-data");
    /** Characters put in place of one of the body's. */
    private static final List<Character> CHARACTERS = List.of('"', '{', ',', '\u0000', '\\', '\n', ';');
    /** CSV lines added to an import: hostile values, a quote left open, a line too short or too long. */
    private static final List<String> CSV_LINES = List.of("\"unterminated,x,y,z,2015-01-05,PROJECT_COORDINATOR",
            "A\u0000B,Name,a@example.com,Finance,2015-01-05,PROJECT_COORDINATOR", "only,three,cells",
            "X1,Name,a@example.com,Finance,2015-01-05,PROJECT_COORDINATOR,extra,cells",
            "X2,=cmd|' /C calc'!A0,b@example.com,Finance,9999-99-99,NOBODY");
    /** The only days the daily job is sent: all of them refused (run for a real day, it would move the other tests' rotations). */
    private static final List<String> JOB_DAYS = List.of("", "abc", "2027-02-30", "0000-01-01", "99999-01-01", "-1", "\u0000", "2027-13-01",
            "x".repeat(3000), "2027-1-1");
    /** Where a body is cut, as a share of its length. */
    private static final int CUTS = 3;

    /** The parts of one request, as a mutation changes them before they are put together. */
    private static final class Draft {
        private String path;
        private final Map<String, String> query;
        private final Map<String, String> fields;
        private String contentType;
        private String ifMatch;
        private byte[] raw;

        private Draft(Endpoint endpoint) {
            path = endpoint.path();
            query = new LinkedHashMap<>(endpoint.query());
            fields = new LinkedHashMap<>(endpoint.body());
            contentType = endpoint.contentType();
            ifMatch = endpoint.ifMatch();
        }

        private boolean csv() {
            return fields.containsKey("csv");
        }

        /** The body as it would be sent unchanged. */
        private String body() {
            return csv() ? fields.get("csv") : json(fields);
        }
    }

    /** One way of breaking an endpoint's valid request, applied to that request as it is made before each send. */
    private record Mutation(String what, java.util.function.Consumer<Draft> change) {

        Mutated apply(Endpoint endpoint) {
            Draft draft = new Draft(endpoint);
            change.accept(draft);
            byte[] raw = draft.raw;
            if (raw == null && !draft.fields.isEmpty()) {
                raw = draft.body().getBytes(StandardCharsets.UTF_8);
            }
            String path = draft.path;
            if (!draft.query.isEmpty()) {
                path += "?" + draft.query.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
            }
            return new Mutated(path, draft.contentType, draft.ifMatch, raw, endpoint.method() + " " + what);
        }
    }

    /**
     * Every way this test breaks one thing in the endpoint's valid request, each once: If-Match
     * given each of {@link #IF_MATCHES}; each field left out or given each of {@link #VALUES}, and
     * a field added; each query parameter given each of {@link #TEXTS} (a parameter the endpoint
     * does not know, when it has none); the path's identifier each of {@link #IDENTIFIERS}; and,
     * where a request has a body, the body cut, replaced by each of {@link #BODIES}, nested too
     * deep, not UTF-8, with a byte order mark, of each other content type or none, one character
     * changed to each of {@link #CHARACTERS}, and for the import each of {@link #CSV_LINES} added.
     * Where a body is cut or a character changed is drawn from {@code random}.
     */
    private static List<Mutation> mutations(Endpoint template, Random random) {
        List<Mutation> all = new ArrayList<>();
        if (template.path().endsWith("/jobs/daily")) {
            for (String day : JOB_DAYS) {
                all.add(new Mutation("asOf = " + abbreviate(day), draft -> draft.query.put("asOf", day)));
            }
            return all;
        }
        if (template.ifMatch() != null) {
            for (String value : IF_MATCHES) {
                all.add(new Mutation("If-Match " + abbreviate(value), draft -> draft.ifMatch = value));
            }
            all.add(new Mutation("If-Match of the version read, weak", draft -> draft.ifMatch = "W/" + draft.ifMatch));
        }
        if (!template.body().isEmpty() && !template.body().containsKey("csv")) {
            for (String field : template.body().keySet()) {
                all.add(new Mutation("without " + field, draft -> draft.fields.remove(field)));
                for (String value : VALUES) {
                    all.add(new Mutation(field + " = " + abbreviate(value), draft -> draft.fields.put(field, value)));
                }
            }
            all.add(new Mutation("with an unknown field", draft -> draft.fields.put("colour", "\"red\"")));
        }
        List<String> parameters = template.method().equals("GET") && template.query().isEmpty() ? List.of("colour")
                : List.copyOf(template.query().keySet());
        for (String parameter : parameters) {
            for (String value : TEXTS) {
                all.add(new Mutation(parameter + " = " + abbreviate(value), draft -> draft.query.put(parameter, value)));
            }
        }
        if (template.path().matches(".*/(rotations/\\d+|staff/|pmos/|open-roles/|projects/).*")) {
            for (String value : IDENTIFIERS) {
                all.add(new Mutation("path " + abbreviate(value), draft -> draft.path = draft.path.replaceFirst(
                        "(/api/v1/(?:rotations|staff|pmos|open-roles|projects)/)[^/?]+", "$1" + java.util.regex.Matcher.quoteReplacement(value))));
            }
        }
        if (template.method().equals("GET")) {
            return all;
        }
        for (int i = 0; i < CUTS; i++) {
            double share = random.nextDouble();
            all.add(new Mutation("cut", draft -> {
                String body = draft.body();
                draft.raw = body.substring(0, (int) (share * body.length())).getBytes(StandardCharsets.UTF_8);
            }));
        }
        for (String body : BODIES) {
            all.add(new Mutation("another body", draft -> draft.raw = body.getBytes(StandardCharsets.UTF_8)));
        }
        all.add(new Mutation("nested 20,000 deep", draft -> draft.raw = ("[".repeat(20_000) + "]".repeat(20_000))
                .getBytes(StandardCharsets.UTF_8)));
        all.add(new Mutation("not UTF-8", draft -> {
            String body = draft.body();
            byte[] text = body.getBytes(StandardCharsets.UTF_8);
            int at = Math.max(1, Math.min(text.length - 2, body.indexOf("Fuzz") < 0 ? text.length / 2 : body.indexOf("Fuzz")));
            byte[] raw = new byte[text.length + 2];
            System.arraycopy(text, 0, raw, 0, at);
            raw[at] = (byte) 0xC3;
            raw[at + 1] = (byte) 0x28;
            System.arraycopy(text, at, raw, at + 2, text.length - at);
            draft.raw = raw;
        }));
        for (String contentType : CONTENT_TYPES) {
            all.add(new Mutation("as " + contentType, draft -> draft.contentType = contentType));
        }
        all.add(new Mutation("no content type", draft -> draft.contentType = null));
        all.add(new Mutation("with a byte order mark", draft -> draft.raw = ("\uFEFF" + draft.body()).getBytes(StandardCharsets.UTF_8)));
        for (char character : CHARACTERS) {
            double share = random.nextDouble();
            all.add(new Mutation("a character changed to " + abbreviate(String.valueOf(character)), draft -> {
                char[] characters = draft.body().toCharArray();
                if (characters.length > 0) {
                    characters[(int) (share * characters.length)] = character;
                }
                draft.raw = new String(characters).getBytes(StandardCharsets.UTF_8);
            }));
        }
        if (template.body().containsKey("csv")) {
            for (String line : CSV_LINES) {
                all.add(new Mutation("a CSV line " + abbreviate(line), draft -> draft.raw = (draft.body() + line + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    /**
     * A client signed in once as {@code user}, whose requests carry the session: the API takes it
     * as it takes HTTP Basic, without checking the password (a deliberately slow hash) on every
     * one of the fuzzed requests.
     */
    private WebSession session(Map<String, WebSession> sessions, String user) throws Exception {
        WebSession session = sessions.get(user);
        if (session == null) {
            session = new WebSession(base);
            assertEquals(302, session.signIn(user, WebSession.DEMO_PASSWORD).statusCode(), "signed in as " + user);
            sessions.put(user, session);
        }
        return session;
    }

    private static HttpResponse<String> send(WebSession client, Endpoint endpoint, Mutated request) throws Exception {
        HttpRequest.Builder builder = client.request(request.path());
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.ifMatch() != null && !request.ifMatch().contains("\u0000")) {
            builder.header("If-Match", request.ifMatch());
        }
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        builder.method(endpoint.method(), endpoint.method().equals("GET") ? HttpRequest.BodyPublishers.noBody() : body);
        return client.send(builder);
    }

    private Fixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        String tag = "FZ" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        String department = "Fuzzed department " + tag;
        LocalDate start = LocalDate.now().plusYears(2).withDayOfMonth(1);
        created(post("/api/v1/pmos", "admin", "{\"code\":\"" + tag + "-PMO\",\"name\":\"Fuzzed PMO " + tag + "\",\"tier\":\"DEPARTMENT\","
                + "\"seats\":{\"PMO_ANALYST\":3,\"PMO_MANAGER\":1},\"opens\":\"2020-01-06\",\"closes\":null}"));
        created(post("/api/v1/projects", MANAGER, "{\"code\":\"" + tag + "-PRJ\",\"name\":\"Fuzzed project " + tag + "\","
                + "\"department\":\"Finance\",\"start\":\"2020-01-06\",\"end\":\"2040-12-31\"}"));
        created(post("/api/v1/staff", MANAGER, "{\"employeeNumber\":\"" + tag + "-P\",\"fullName\":\"Fuzzed person " + tag + "\","
                + "\"email\":\"" + tag.toLowerCase() + "@example.com\",\"department\":\"" + department + "\",\"hireDate\":\"2015-01-05\","
                + "\"level\":\"PROJECT_COORDINATOR\"}"));
        HttpResponse<String> rotation = post("/api/v1/rotations", MANAGER, "{\"employeeNumber\":\"" + tag + "-P\",\"pmoCode\":\"" + tag
                + "-PMO\",\"role\":\"PMO_ANALYST\",\"start\":\"" + start + "\",\"months\":12,\"objectives\":[\"PROCESS_IMPROVEMENT\"]}");
        created(rotation);
        JsonObject booked = BoardFixture.json(rotation.body());
        HttpResponse<String> openRole = post("/api/v1/open-roles", MANAGER, "{\"projectCode\":\"" + tag + "-PRJ\",\"minLevel\":"
                + "\"PROJECT_COORDINATOR\",\"start\":\"2030-01-01\",\"end\":\"2030-12-31\"}");
        created(openRole);
        fixture = new Fixture(tag + "-PMO", tag + "-PRJ", tag + "-P", department, booked.getJsonNumber("id").longValue(), start,
                BoardFixture.json(openRole.body()).getJsonNumber("id").longValue());
        return fixture;
    }

    private HttpResponse<String> post(String path, String user, String body) throws Exception {
        WebSession client = new WebSession(base);
        return client.send(client.request(path).header("Authorization", WebSession.basic(user, WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
    }

    /** Puts the policy back as it was before the endpoint's requests (a mutated one may have been valid). */
    private void restorePolicy(String before) throws Exception {
        JsonObject was = BoardFixture.json(before);
        JsonObject now = BoardFixture.json(new WebSession(base).getAs("/api/v1/policy", "admin", WebSession.DEMO_PASSWORD).body());
        if (was.getJsonNumber("version").longValue() == now.getJsonNumber("version").longValue()) {
            return;
        }
        String restored = before.replaceFirst("\"version\":\\d+", "\"version\":" + now.getJsonNumber("version").longValue());
        WebSession client = new WebSession(base);
        HttpResponse<String> put = client.send(client.request("/api/v1/policy")
                .header("Authorization", WebSession.basic("admin", WebSession.DEMO_PASSWORD))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(restored)));
        assertTrue(put.statusCode() == 200, "the policy restored: " + put.body());
    }

    /** The ids of the rows of each table of {@link #CREATED}. */
    private static Map<String, Set<Long>> ids(Connection db) throws SQLException {
        Map<String, Set<Long>> ids = new HashMap<>();
        for (String table : CREATED) {
            Set<Long> rows = new HashSet<>();
            try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery("SELECT id FROM " + table)) {
                while (row.next()) {
                    rows.add(row.getLong(1));
                }
            }
            ids.put(table, rows);
        }
        return ids;
    }

    /**
     * Removes, in one transaction, the open roles, people, projects and PMOs that were not there
     * before an endpoint's requests ({@code existing}), with the history of those open roles and
     * the level changes and project roles of those people and projects. Nothing else refers to them: the requests that book or place are aimed
     * at the test's own person, PMO and project, which stay.
     */
    private static void removeCreated(Map<String, Set<Long>> existing) throws SQLException {
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            Map<String, Set<Long>> now = ids(db);
            Map<String, List<String>> dependents = Map.of("open_role", List.of("DELETE FROM open_role_event WHERE open_role_id = ?"), "staff", List.of("DELETE FROM level_change WHERE staff_id = ?",
                    "DELETE FROM project_role WHERE staff_id = ?"), "project", List.of("DELETE FROM project_role WHERE project_id = ?"),
                    "pmo", List.of());
            for (String table : CREATED) {
                List<Long> created = now.get(table).stream().filter(id -> !existing.get(table).contains(id)).toList();
                List<String> statements = new ArrayList<>(dependents.get(table));
                statements.add("DELETE FROM " + table + " WHERE id = ?");
                for (String sql : statements) {
                    try (PreparedStatement delete = db.prepareStatement(sql)) {
                        for (long id : created) {
                            delete.setLong(1, id);
                            delete.addBatch();
                        }
                        delete.executeBatch();
                    }
                }
            }
            db.commit();
        }
    }

    /** Rows and the sum of versions of every table a request could change: equal when nothing changed. */
    private static String snapshot(Connection db) throws Exception {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String table : TABLES) {
            sql.append("(SELECT COUNT(*) FROM ").append(table).append("), ");
        }
        for (String table : VERSIONED) {
            sql.append("(SELECT COALESCE(SUM(version), 0) FROM ").append(table).append("), ");
        }
        sql.setLength(sql.length() - 2);
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql.toString())) {
            row.next();
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= TABLES.length + VERSIONED.length; i++) {
                values.add(row.getString(i));
            }
            return String.join("/", values);
        }
    }

    private static String json(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> quote(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static String abbreviate(String text) {
        String shown = text.replace("\u0000", "\\0");
        return shown.length() <= 160 ? shown : shown.substring(0, 160) + "… (" + shown.length() + " characters)";
    }
}
