package org.pmorotations.benchmark;

import org.pmorotations.service.demo.DemoOrganisation;

import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleEvent;
import org.pmorotations.domain.rotation.ObjectiveEvaluation;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationEvent;
import org.pmorotations.domain.security.PasswordPolicy;
import org.pmorotations.domain.security.Role;
import org.pmorotations.service.shared.DatabaseMigrations;
import org.pmorotations.domain.staff.LevelChange;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A large organisation for measurements: {@code --staff 20000} gives 20,000 staff, about 300 PMOs,
 * 2,000 projects, 100,000 project roles and 30,000 rotations over ten years, in every state, with
 * returns and promotions, open roles, backfills and returns into matched roles, keeping every scheduling rule as the demo organisation does (it is the
 * demo's generator in its large shape). The same seed and day give the same data.
 *
 * <p>It loads into an empty H2 or PostgreSQL database over plain JDBC: the Flyway migrations
 * first, then every table in batches of {@value #BATCH} rows, committed every
 * {@value #COMMIT_EVERY} rows ({@code reWriteBatchedInserts} on PostgreSQL turns a batch into
 * multi-row inserts). Ids are given here and the entity sequence moved past them afterwards, so
 * the application goes on from there. It adds the accounts {@code admin}, {@code pmo.manager} and
 * {@code leader} with the password given, hashed as the application's identity store expects.
 *
 * <pre>
 * mvn -Pgenerate -pl domain,service compile -Dstaff=20000 -Dseed=42 -Dpassword=... [-Ddb.url=... -Ddb.user=... -Ddb.password=...]
 * </pre>
 */
public final class LargeOrganisation {

    static final int BATCH = 1_000;
    static final int COMMIT_EVERY = 20_000;
    static final List<String> ACCOUNTS = List.of("admin", "pmo.manager", "leader");

    private final Connection connection;
    private final Map<Object, Long> ids = new IdentityHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private long nextId = 1;

    private LargeOrganisation(Connection connection) {
        this.connection = connection;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int staff = Integer.parseInt(required(options, "staff"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today")) : LocalDate.now();
        String url = required(options, "db-url");
        String user = options.getOrDefault("db-user", "sa");
        String dbPassword = options.getOrDefault("db-password", "embedded");
        String password = required(options, "password");
        for (String account : ACCOUNTS) {
            PasswordPolicy.check(password, account);
        }

        long started = System.nanoTime();
        DemoOrganisation organisation = new DemoOrganisation(DemoOrganisation.Shape.large(staff), seed, today);
        long generated = System.nanoTime();
        System.out.printf("Generated in %.1f s: %s%n", seconds(started, generated), describe(organisation));

        DatabaseMigrations.flyway(url.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2")
                .dataSource(batchedUrl(url), user, dbPassword).load().migrate();
        long migrated = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(batchedUrl(url), user, dbPassword)) {
            Map<String, Integer> written = load(connection, organisation, password);
            long loaded = System.nanoTime();
            written.forEach((table, rows) -> System.out.printf("  %-20s %,9d rows%n", table, rows));
            System.out.printf("Loaded into %s in %.1f s (migrations %.1f s, generation %.1f s, total %.1f s)%n",
                    connection.getMetaData().getDatabaseProductName(), seconds(migrated, loaded),
                    seconds(generated, migrated), seconds(started, generated), seconds(started, loaded));
            System.out.println("Accounts " + String.join(", ", ACCOUNTS) + " with the password given.");
        }
    }

    /** Writes the organisation and the accounts; the database must hold no staff yet. */
    static Map<String, Integer> load(Connection connection, DemoOrganisation organisation, String password) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM staff")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds staff: the generator loads into an empty one only.");
            }
        }
        LargeOrganisation writer = new LargeOrganisation(connection);
        writer.write(organisation, password);
        return writer.counts;
    }

    private void write(DemoOrganisation organisation, String password) throws SQLException {
        // Made before any role is written: a backfill cuts the role its person leaves.
        List<OpenRole> openRoles = new ArrayList<>(organisation.openRoles());
        openRoles.addAll(organisation.backfills(this::id));
        insert("project", "INSERT INTO project (id, version, code, name, department, start_date, end_date) VALUES (?, 0, ?, ?, ?, ?, ?)",
                organisation.projects(), (row, project) -> {
                    row.setLong(1, id(project));
                    row.setString(2, project.getCode());
                    row.setString(3, project.getName());
                    row.setString(4, project.getDepartment());
                    row.setObject(5, project.getPeriod().start());
                    date(row, 6, project.getPeriod().end().orElse(null));
                });
        insert("pmo", "INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens, closes)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)", organisation.pmos(), (row, pmo) -> {
                    row.setLong(1, id(pmo));
                    row.setString(2, pmo.getCode());
                    row.setString(3, pmo.getName());
                    row.setString(4, pmo.getTier().name());
                    row.setInt(5, pmo.seatsFor(org.pmorotations.domain.pmo.PmoRole.PMO_ANALYST));
                    row.setInt(6, pmo.seatsFor(org.pmorotations.domain.pmo.PmoRole.PMO_MANAGER));
                    row.setObject(7, pmo.getActivePeriod().start());
                    date(row, 8, pmo.getActivePeriod().end().orElse(null));
                });
        insert("staff", "INSERT INTO staff (id, version, employee_number, full_name, email, department, hire_date, career_level, active)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)", organisation.staff(), (row, person) -> {
                    row.setLong(1, id(person));
                    row.setString(2, person.getEmployeeNumber().value());
                    row.setString(3, person.getFullName());
                    row.setString(4, person.getEmail());
                    row.setString(5, person.getDepartment());
                    row.setObject(6, person.getHireDate());
                    row.setString(7, person.getLevel().name());
                    row.setBoolean(8, person.isActive());
                });
        List<LevelChange> levels = new ArrayList<>();
        organisation.staff().forEach(person -> levels.addAll(person.getLevelHistory()));
        insert("level_change", "INSERT INTO level_change (id, version, staff_id, career_level, effective) VALUES (?, 0, ?, ?, ?)",
                levels, (row, change) -> {
                    row.setLong(1, id(change));
                    row.setLong(2, id(change.getStaff()));
                    row.setString(3, change.getLevel().name());
                    row.setObject(4, change.getEffective());
                });
        insert("project_role", "INSERT INTO project_role (id, version, staff_id, project_id, career_level, start_date, end_date)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?)", organisation.roles(), (row, role) -> {
                    row.setLong(1, id(role));
                    row.setLong(2, id(role.getStaff()));
                    row.setLong(3, id(role.getProject()));
                    row.setString(4, role.getLevel().name());
                    row.setObject(5, role.getPeriod().start());
                    date(row, 6, role.getPeriod().end().orElse(null));
                });
        List<ReturnPlacement> placements = organisation.rotations().stream()
                .flatMap(rotation -> rotation.getReturnPlacement().stream()).toList();
        insert("return_placement", "INSERT INTO return_placement (id, version, project_id, career_level, start_date, reserved_on, status)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?)", placements, (row, placement) -> {
                    row.setLong(1, id(placement));
                    row.setLong(2, id(placement.getProject()));
                    row.setString(3, placement.getLevel().name());
                    row.setObject(4, placement.getStartDate());
                    row.setObject(5, placement.getReservedOn());
                    row.setString(6, placement.getStatus().name());
                });
        insert("rotation", "INSERT INTO rotation (id, version, staff_id, pmo_id, pmo_role, start_date, planned_end, actual_end,"
                + " status, overdue, return_placement_id) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", organisation.rotations(), (row, rotation) -> {
                    row.setLong(1, id(rotation));
                    row.setLong(2, id(rotation.getStaff()));
                    row.setLong(3, id(rotation.getPmo()));
                    row.setString(4, rotation.getRole().name());
                    row.setObject(5, rotation.startDate());
                    row.setObject(6, rotation.plannedEnd());
                    date(row, 7, rotation.getActualEnd().orElse(null));
                    row.setString(8, rotation.getStatus().name());
                    row.setBoolean(9, rotation.isOverdue());
                    nullableId(row, 10, rotation.getReturnPlacement().map(this::id).orElse(null));
                });
        insert("open_role", "INSERT INTO open_role (id, version, project_id, min_level, max_level, start_date, end_date, department,"
                + " description, status, filled_by_role_id, backfill_for_id, held_role_id, held_until)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", openRoles, (row, role) -> {
                    row.setLong(1, id(role));
                    row.setLong(2, id(role.getProject()));
                    row.setString(3, role.getMinLevel().name());
                    row.setString(4, role.getMaxLevel().map(Enum::name).orElse(null));
                    row.setObject(5, role.getPeriod().start());
                    date(row, 6, role.getPeriod().end().orElse(null));
                    row.setString(7, role.getDepartment());
                    row.setString(8, role.getDescription().orElse(null));
                    row.setString(9, role.getStatus().name());
                    nullableId(row, 10, role.getFilledBy().map(this::id).orElse(null));
                    nullableId(row, 11, role.getBackfillFor().orElse(null));
                    nullableId(row, 12, role.getHeld().map(this::id).orElse(null));
                    date(row, 13, role.getHeldUntil().orElse(null));
                });
        List<OpenRoleEvent> roleEvents = openRoles.stream().flatMap(role -> role.getHistory().stream()).toList();
        insert("open_role_event", "INSERT INTO open_role_event (id, version, open_role_id, occurred_at, actor, kind, detail, reason)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?)", roleEvents, (row, event) -> {
                    row.setLong(1, id(event));
                    row.setLong(2, id(event.getOpenRole()));
                    row.setObject(3, event.getAt());
                    row.setString(4, event.getActor());
                    row.setString(5, event.getKind().name());
                    row.setString(6, event.getDetail());
                    row.setString(7, event.getReason());
                });
        // A placement names its open role, written after the rotations (a backfill names its rotation).
        List<ReturnPlacement> matched = placements.stream().filter(placement -> placement.getOpenRole().isPresent()).toList();
        try (PreparedStatement update = connection.prepareStatement("UPDATE return_placement SET open_role_id = ? WHERE id = ?")) {
            for (ReturnPlacement placement : matched) {
                update.setLong(1, id(placement.getOpenRole().orElseThrow()));
                update.setLong(2, id(placement));
                update.addBatch();
            }
            update.executeBatch();
            connection.commit();
        }
        record Objective(Rotation rotation, ObjectiveEvaluation evaluation) {
        }
        List<Objective> objectives = organisation.rotations().stream()
                .flatMap(rotation -> rotation.getObjectives().stream().map(o -> new Objective(rotation, o))).toList();
        insert("rotation_objective", "INSERT INTO rotation_objective (rotation_id, objective, rating, note) VALUES (?, ?, ?, ?)",
                objectives, (row, objective) -> {
                    row.setLong(1, id(objective.rotation()));
                    row.setString(2, objective.evaluation().getObjective().name());
                    row.setString(3, objective.evaluation().getRating() == null ? null : objective.evaluation().getRating().name());
                    row.setString(4, objective.evaluation().getNote());
                });
        List<RotationEvent> events = organisation.rotations().stream().flatMap(rotation -> rotation.getHistory().stream()).toList();
        insert("rotation_event", "INSERT INTO rotation_event (id, version, rotation_id, occurred_at, actor, kind, from_status,"
                + " to_status, from_end, to_end, reason) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events, (row, event) -> {
                    row.setLong(1, id(event));
                    row.setLong(2, id(event.getRotation()));
                    row.setObject(3, event.getAt());
                    row.setString(4, event.getActor());
                    row.setString(5, event.getKind().name());
                    row.setString(6, event.getFromStatus() == null ? null : event.getFromStatus().name());
                    row.setString(7, event.getToStatus().name());
                    date(row, 8, event.getFromEnd());
                    row.setObject(9, event.getToEnd());
                    row.setString(10, event.getReason());
                });
        writeAccounts(password);
        long restart = (nextId / 50 + 2) * 50;
        try (Statement statement = connection.createStatement()) {
            // EclipseLink takes each value as the last id of a block of 50: the next block starts past every id given here.
            statement.execute("ALTER SEQUENCE entity_seq RESTART WITH " + restart);
            statement.execute("ANALYZE");
        }
        connection.commit();
    }

    private void writeAccounts(String password) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Map<String, Role> accounts = new LinkedHashMap<>();
        accounts.put("admin", Role.ADMIN);
        accounts.put("pmo.manager", Role.PMO_MANAGER);
        accounts.put("leader", Role.LEADER);
        List<String> names = new ArrayList<>(accounts.keySet());
        insert("user_account", "INSERT INTO user_account (id, version, username, password_hash, staff_id, enabled, failed_sign_ins,"
                + " created_at) VALUES (?, 0, ?, ?, NULL, TRUE, 0, ?)", names, (row, name) -> {
                    row.setLong(1, id(name));
                    row.setString(2, name);
                    row.setString(3, pbkdf2(password));
                    row.setObject(4, now);
                });
        insert("user_account_role", "INSERT INTO user_account_role (account_id, role) VALUES (?, ?)", names, (row, name) -> {
            row.setLong(1, id(name));
            row.setString(2, accounts.get(name).name());
        });
    }

    /**
     * The hash the platform's {@code Pbkdf2PasswordHash} writes with the application's parameters
     * (the application's {@code PasswordHashing}): {@code algorithm:iterations:salt:hash}, salt and hash in Base64.
     */
    static String pbkdf2(String password) {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] hash = factory.generateSecret(new PBEKeySpec(password.toCharArray(), salt, 120_000, 32 * 8)).getEncoded();
            return "PBKDF2WithHmacSHA256:120000:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement row, T value) throws SQLException;
    }

    private <T> void insert(String table, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            int written = 0;
            for (T value : rows) {
                binder.bind(statement, value);
                statement.addBatch();
                pending++;
                written++;
                if (pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
                if (written % COMMIT_EVERY == 0) {
                    connection.commit();
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
            connection.commit();
            counts.put(table, written);
        }
    }

    private long id(Object entity) {
        return ids.computeIfAbsent(entity, e -> nextId++);
    }

    private static void nullableId(PreparedStatement row, int index, Long id) throws SQLException {
        if (id == null) {
            row.setNull(index, Types.BIGINT);
        } else {
            row.setLong(index, id);
        }
    }

    private static void date(PreparedStatement row, int index, LocalDate date) throws SQLException {
        if (date == null) {
            row.setNull(index, Types.DATE);
        } else {
            row.setObject(index, date);
        }
    }

    static String describe(DemoOrganisation organisation) {
        long levels = organisation.staff().stream().mapToLong(person -> person.getLevelHistory().size()).sum();
        long events = organisation.rotations().stream().mapToLong(rotation -> rotation.getHistory().size()).sum();
        return String.format("%,d staff (%,d level changes), %,d PMOs, %,d projects, %,d project roles, %,d rotations (%,d events),"
                        + " %,d open roles besides backfills",
                organisation.staff().size(), levels, organisation.pmos().size(), organisation.projects().size(),
                organisation.roles().size(), organisation.rotations().size(), events, organisation.openRoles().size());
    }

    /** PostgreSQL sends a batch as multi-row inserts only when asked. */
    static String batchedUrl(String url) {
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        return url;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument \"" + arg + "\": options are --name value");
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Option " + arg + " needs a value");
            }
        }
        options.values().removeIf(String::isBlank);
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required (e.g. --staff 20000 --seed 42 --db-url jdbc:h2:file:./data/large/pmo-rotations"
                    + " --password a-long-password)");
        }
        return value;
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
