package org.pmorotations.service.report;

import org.pmorotations.service.shared.DatabaseMigrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.staff.CareerLevel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report cache on H2: a repeat read costs one statement, and a change to any table the
 * figures read, made on another connection (as another instance would), gives the figures of the
 * changed data, worked out by hand next to each assertion.
 *
 * <p>The organisation, as of D = 2027-01-15 (at risk: ends within D..2027-03-16):
 * <pre>
 * PMO   FIN DEPARTMENT 2 analysts + 1 manager, open since 2018
 * Staff E1 Finance PM, E2 Finance PC, E3 IT PC (never rotated); all hired 2015-01-01 at that level
 * R1    E1 FIN analyst 2026-06-01..2027-02-28 ACTIVE, no return placement (at risk)
 * R2    E2 FIN analyst 2024-01-01..2024-12-31 COMPLETED; return P2 from 2025-01-10 (10 days)
 * </pre>
 */
class ReportCacheH2Test {

    static final LocalDate D = LocalDate.of(2027, 1, 15);

    private Connection writer;
    private Connection reader;
    private int statements;
    private final ReportCache cache = new ReportCache();
    private long nextId = 1000;
    private long fin;
    private long e1;
    private long e2;
    private long e3;
    private long project;
    private long r1;
    private long r2;
    private long p2;

    @BeforeEach
    void open() throws Exception {
        String url = "jdbc:h2:mem:report-cache-" + UUID.randomUUID();
        writer = DriverManager.getConnection(url, "sa", "");
        DatabaseMigrations.flyway("H2").dataSource(url, "sa", "").load().migrate();
        reader = counting(DriverManager.getConnection(url, "sa", ""));
        organisation();
    }

    @AfterEach
    void close() throws Exception {
        reader.close();
        writer.close();
    }

    /** The connection, counting the statements prepared on it. */
    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class}, (proxy, method, args) -> {
            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                statements++;
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private ReportSummary summary() throws SQLException {
        return cache.summary(reader, D, ReportFilter.NONE, 60);
    }

    @Test
    void aRepeatReadIsOneStatementAndTheSameFigures() throws Exception {
        statements = 0;
        ReportSummary first = summary();
        int computed = statements;
        assertTrue(computed > 10, "the first read reads the fingerprint and computes every figure: " + computed + " statements");

        statements = 0;
        assertSame(first, summary(), "the second read is the figures computed by the first");
        assertEquals(1, statements, "a repeat read costs the fingerprint only");

        // Another day, another filter or other at-risk days are other figures: computed, not taken from the day before
        statements = 0;
        ReportSummary nextDay = cache.summary(reader, D.plusDays(1), ReportFilter.NONE, 60);
        assertEquals(D.plusDays(1), nextDay.asOf());
        assertEquals(computed, statements, "the fingerprint and every figure, as the first read");
        // at-risk days 30: R1 ends 2027-02-28, after D + 30 = 2027-02-14, so none at risk; with 60 days, R1
        assertEquals(new RiskCounts(0, 0, 0), cache.summary(reader, D, ReportFilter.NONE, 30).risks());
        assertEquals(new RiskCounts(1, 0, 0), summary().risks());
        // the IT department has none of the rotations
        assertEquals(0, cache.summary(reader, D, new ReportFilter(null, null, "IT"), 60).activeRotations());
        assertEquals(1, summary().activeRotations());
    }

    @Test
    void rotations() throws Exception {
        assertEquals(1, summary().activeRotations(), "R1");
        long r3 = rotation(e3, "PMO_MANAGER", "2026-12-01", "2027-11-30", null, "ACTIVE", null);
        assertEquals(2, summary().activeRotations(), "R1 and the new R3");
        update("DELETE FROM rotation WHERE id = ?", r3);
        assertEquals(1, summary().activeRotations(), "R1 again");
        update("UPDATE rotation SET status = 'CANCELLED', version = version + 1 WHERE id = ?", r1);
        assertEquals(0, summary().activeRotations(), "R1 cancelled");
    }

    @Test
    void pmos() throws Exception {
        assertEquals(new SeatFill(D, "DEPARTMENT", "FIN", "PMO_ANALYST", 2, 1, 0, 1), fill(summary(), "FIN", "PMO_ANALYST"));
        update("UPDATE pmo SET analyst_seats = 5, version = version + 1 WHERE id = ?", fin);
        // 5 analyst seats, R1 holds one: 4 open
        assertEquals(new SeatFill(D, "DEPARTMENT", "FIN", "PMO_ANALYST", 5, 1, 0, 4), fill(summary(), "FIN", "PMO_ANALYST"));
        long ent = id();
        update("INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens) VALUES (?, 1, 'ENT', 'Enterprise',"
                + " 'ENTERPRISE', 1, 0, ?)", ent, day("2018-01-01"));
        assertEquals(new SeatFill(D, "ENTERPRISE", "ENT", "PMO_ANALYST", 1, 0, 0, 1), fill(summary(), "ENT", "PMO_ANALYST"));
        update("DELETE FROM pmo WHERE id = ?", ent);
        assertTrue(summary().seatFillByTier().stream().noneMatch(row -> row.tier().equals("ENTERPRISE")), "ENT is gone");
    }

    @Test
    void staff() throws Exception {
        // Active project coordinators hired by D: E2 (rotated) and E3 = 1 of 2
        assertEquals(new Ratio(1, 2), participation(summary(), CareerLevel.PROJECT_COORDINATOR));
        long e4 = person("E4", "IT", "PROJECT_COORDINATOR");
        assertEquals(new Ratio(1, 3), participation(summary(), CareerLevel.PROJECT_COORDINATOR), "E2, E3 and E4");
        update("DELETE FROM level_change WHERE staff_id = ?", e4);
        update("DELETE FROM staff WHERE id = ?", e4);
        assertEquals(new Ratio(1, 2), participation(summary(), CareerLevel.PROJECT_COORDINATOR), "E2 and E3 again");
        update("UPDATE staff SET active = FALSE, version = version + 1 WHERE id = ?", e3);
        assertEquals(new Ratio(1, 1), participation(summary(), CareerLevel.PROJECT_COORDINATOR), "E3 left: E2 only");
    }

    @Test
    void levelChanges() throws Exception {
        // Never rotated and hired by D - 12 months: E3, a coordinator throughout = 0 of 1 promoted within the 12 months to D
        assertEquals(new Ratio(0, 1), summary().promotionWithin12Months().neverRotated());
        long change = id();
        update("INSERT INTO level_change (id, version, staff_id, career_level, effective) VALUES (?, 1, ?, 'PROJECT_MANAGER', ?)",
                change, e3, day("2026-06-01"));
        assertEquals(new Ratio(1, 1), summary().promotionWithin12Months().neverRotated(), "E3 promoted on 2026-06-01");
        update("UPDATE level_change SET effective = ?, version = version + 1 WHERE id = ?", day("2025-06-01"), change);
        assertEquals(new Ratio(0, 1), summary().promotionWithin12Months().neverRotated(), "promoted before 2026-01-15");
        update("UPDATE level_change SET effective = ?, version = version + 1 WHERE id = ?", day("2026-09-01"), change);
        assertEquals(new Ratio(1, 1), summary().promotionWithin12Months().neverRotated(), "promoted on 2026-09-01");
        update("DELETE FROM level_change WHERE id = ?", change);
        assertEquals(new Ratio(0, 1), summary().promotionWithin12Months().neverRotated(), "never promoted");
    }

    @Test
    void events() throws Exception {
        // Ended by D: R2 only, never extended
        assertEquals(new Ratio(0, 1), summary().outcomes().extended());
        long event = id();
        update("INSERT INTO rotation_event (id, version, rotation_id, occurred_at, actor, kind, from_status, to_status, to_end)"
                + " VALUES (?, 1, ?, ?, 'pmo.manager', 'EXTENDED', 'ACTIVE', 'ACTIVE', ?)", event, r2,
                Timestamp.valueOf("2024-06-01 10:00:00"), day("2024-12-31"));
        assertEquals(new Ratio(1, 1), summary().outcomes().extended(), "R2 extended");
        update("UPDATE rotation_event SET kind = 'CURTAILED', version = version + 1 WHERE id = ?", event);
        assertEquals(new Ratio(0, 1), summary().outcomes().extended(), "the event is no extension");
        update("UPDATE rotation_event SET kind = 'EXTENDED', version = version + 1 WHERE id = ?", event);
        assertEquals(new Ratio(1, 1), summary().outcomes().extended(), "an extension again");
        update("DELETE FROM rotation_event WHERE id = ?", event);
        assertEquals(new Ratio(0, 1), summary().outcomes().extended(), "no event");
    }

    @Test
    void returnPlacements() throws Exception {
        assertEquals(10.0, summary().reintegration().medianDays(), 1e-9, "R2 back 10 days after its end");
        update("UPDATE return_placement SET start_date = ?, version = version + 1 WHERE id = ?", day("2025-01-30"), p2);
        assertEquals(30.0, summary().reintegration().medianDays(), 1e-9, "back 30 days after");
        // R1 gets a return placement (the rotation's row changes with it, as the application does): no longer at risk
        long p1 = placement("2027-03-01", "2026-12-01");
        update("UPDATE rotation SET return_placement_id = ?, version = version + 1 WHERE id = ?", p1, r1);
        assertEquals(new RiskCounts(0, 0, 0), summary().risks());
        update("UPDATE rotation SET return_placement_id = NULL, version = version + 1 WHERE id = ?", r1);
        update("DELETE FROM return_placement WHERE id = ?", p1);
        assertEquals(new RiskCounts(1, 0, 0), summary().risks());
    }

    @Test
    void theBenchIsCachedAndFollowsThePmoAndThePolicy() throws Exception {
        Policy policy = Policy.DEFAULTS;
        Bench first = cache.bench(reader, D, ReportFilter.NONE, policy);
        statements = 0;
        assertSame(first, cache.bench(reader, D, ReportFilter.NONE, policy));
        assertEquals(1, statements);
        // FIN's manager seat is free through the whole window
        assertTrue(first.rows().stream().anyMatch(row -> row.pmoCode().equals("FIN") && row.role().equals("PMO_MANAGER")));
        update("UPDATE pmo SET manager_seats = 0, version = version + 1 WHERE id = ?", fin);
        assertTrue(cache.bench(reader, D, ReportFilter.NONE, policy).rows().stream()
                .noneMatch(row -> row.role().equals("PMO_MANAGER")), "no manager seat any more");
    }

    @Test
    void requestsMissingTogetherWaitForOneComputation() throws Exception {
        ReportCache.Key key = new ReportCache.Key("test", D, ReportFilter.NONE, 60);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger computations = new AtomicInteger();
        ReportCache.Computation<Object> slow = connection -> {
            computations.incrementAndGet();
            computing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = threads.submit(() -> cache.cached(reader, key, Object.class, slow));
            computing.await();
            Thread[] second = new Thread[1];
            Future<Object> other = threads.submit(() -> {
                second[0] = Thread.currentThread();
                return cache.cached(reader, key, Object.class, slow);
            });
            // the second request reads the fingerprint, finds the computation under way and waits for it
            while (second[0] == null || second[0].getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            release.countDown();
            assertSame(first.get(), other.get(), "both get the figures of the one computation");
            assertEquals(1, computations.get());
        } finally {
            threads.shutdownNow();
        }
    }

    /** The way back's figures follow the open roles, the projects and the project roles they read. */
    @Test
    void theWayBackFollowsOpenRolesProjectsAndProjectRoles() throws Exception {
        long wanted = summary().wayBack().roomToReturn().stream().mapToLong(RoomToReturn::openRoles).sum();
        assertEquals(0, wanted, "no open role yet");
        long role = id();
        update("INSERT INTO open_role (id, version, project_id, min_level, start_date, department, status)"
                + " VALUES (?, 1, ?, 'PROJECT_MANAGER', DATE '2027-05-01', 'IT', 'OPEN')", role, project);
        // wanted from 2027-05-01 on, the project without an end: in each of the four quarters, 2027 Q2 to 2028 Q1
        assertEquals(4, summary().wayBack().roomToReturn().stream().mapToLong(RoomToReturn::openRoles).sum(), "the new open role");
        update("UPDATE project SET end_date = DATE '2027-06-30', version = version + 1 WHERE id = ?", project);
        assertEquals(1, summary().wayBack().roomToReturn().stream().mapToLong(RoomToReturn::openRoles).sum(),
                "the project now ends within the first of those quarters");
        // R2's return went back to P1; a role on P1 the day before R2 makes it a return home
        assertEquals(new Ratio(0, 1), summary().wayBack().intoHomeProject());
        update("INSERT INTO project_role (id, version, staff_id, project_id, career_level, start_date, end_date)"
                + " VALUES (?, 1, ?, ?, 'PROJECT_COORDINATOR', DATE '2020-01-01', DATE '2023-12-31')", id(), e2, project);
        assertEquals(new Ratio(1, 1), summary().wayBack().intoHomeProject(), "the role at home before the rotation");
    }

    /** Each table's fingerprint moves with an insert, an update of the version, a delete, and a delete with an insert. */
    @Test
    void theFingerprintSeesEveryKindOfChangeToEachTable() throws Exception {
        long event = id();
        update("INSERT INTO rotation_event (id, version, rotation_id, occurred_at, actor, kind, from_status, to_status, to_end)"
                + " VALUES (?, 1, ?, ?, 'x', 'NOTE', 'ACTIVE', 'ACTIVE', ?)", event, r1, Timestamp.valueOf("2026-06-01 10:00:00"),
                day("2027-02-28"));
        record Row(String table, long id) {
        }
        for (Row row : new Row[]{new Row("rotation", r1), new Row("return_placement", p2), new Row("rotation_event", event),
                new Row("staff", e3), new Row("level_change", levelOf(e3)), new Row("pmo", fin)}) {
            DataFingerprint before = DataFingerprint.read(reader);
            update("UPDATE " + row.table() + " SET version = version + 1 WHERE id = ?", row.id());
            DataFingerprint updated = DataFingerprint.read(reader);
            assertNotEquals(before, updated, "an update of " + row.table());
            // a copy of the row under a new id, then without the old one: the count is back, the ids are not
            update("CREATE TABLE row_copy AS SELECT * FROM " + row.table() + " WHERE id = ?", row.id());
            long copy = id();
            update("UPDATE row_copy SET id = ?", copy);
            String unique = switch (row.table()) {
                case "staff" -> "UPDATE row_copy SET employee_number = 'COPY'";
                case "pmo" -> "UPDATE row_copy SET code = 'COPY'";
                case "level_change" -> "UPDATE row_copy SET effective = DATE '2000-01-01'";
                case "rotation" -> "UPDATE row_copy SET return_placement_id = NULL";
                default -> "UPDATE row_copy SET version = version";
            };
            update(unique);
            if (row.table().equals("staff")) {
                // the lower-cased name and number of the person search are the database's to write
                update("ALTER TABLE row_copy DROP COLUMN name_key");
                update("ALTER TABLE row_copy DROP COLUMN number_key");
            }
            update("INSERT INTO " + row.table() + " (" + columns("ROW_COPY") + ") SELECT * FROM row_copy");
            update("DROP TABLE row_copy");
            DataFingerprint inserted = DataFingerprint.read(reader);
            assertNotEquals(updated, inserted, "an insert into " + row.table());
            update("DELETE FROM " + row.table() + " WHERE id = ?", copy);
            assertEquals(updated, DataFingerprint.read(reader), "the insert undone: the data is as before");
        }
        // a delete alone, and a delete with an insert in one transaction (a return placement replaced)
        DataFingerprint before = DataFingerprint.read(reader);
        update("DELETE FROM rotation_event WHERE id = ?", event);
        assertNotEquals(before, DataFingerprint.read(reader), "a delete");
        before = DataFingerprint.read(reader);
        writer.setAutoCommit(false);
        long p1 = placement("2027-03-01", "2026-12-01");
        // the same version as the one it replaces: only the ids tell them apart
        update("UPDATE return_placement SET version = (SELECT version FROM return_placement WHERE id = ?) WHERE id = ?", p2, p1);
        update("UPDATE rotation SET return_placement_id = NULL WHERE id = ?", r2);
        update("DELETE FROM return_placement WHERE id = ?", p2);
        writer.commit();
        writer.setAutoCommit(true);
        assertNotEquals(before, DataFingerprint.read(reader), "one return placement for another, same count");
    }

    // ---------------------------------------------------------------- the organisation

    private void organisation() throws SQLException {
        fin = id();
        update("INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens) VALUES (?, 1, 'FIN', 'Finance',"
                + " 'DEPARTMENT', 2, 1, ?)", fin, day("2018-01-01"));
        project = id();
        update("INSERT INTO project (id, version, code, name, department, start_date) VALUES (?, 1, 'P1', 'Project', 'IT', ?)",
                project, day("2015-01-01"));
        e1 = person("E1", "Finance", "PROJECT_MANAGER");
        e2 = person("E2", "Finance", "PROJECT_COORDINATOR");
        e3 = person("E3", "IT", "PROJECT_COORDINATOR");
        r1 = rotation(e1, "PMO_ANALYST", "2026-06-01", "2027-02-28", null, "ACTIVE", null);
        p2 = placement("2025-01-10", "2024-09-01");
        r2 = rotation(e2, "PMO_ANALYST", "2024-01-01", "2024-12-31", "2024-12-31", "COMPLETED", p2);
    }

    private long id() {
        return nextId++;
    }

    private static Date day(String text) {
        return text == null ? null : Date.valueOf(LocalDate.parse(text));
    }

    /** The columns of {@code table}, in their order, joined by commas. */
    private String columns(String table) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_name = ? ORDER BY ordinal_position")) {
            statement.setString(1, table);
            try (java.sql.ResultSet columns = statement.executeQuery()) {
                java.util.List<String> names = new java.util.ArrayList<>();
                while (columns.next()) {
                    names.add(columns.getString(1));
                }
                return String.join(", ", names);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private long person(String number, String department, String level) throws SQLException {
        long id = id();
        update("INSERT INTO staff (id, version, employee_number, full_name, email, department, hire_date, career_level, active)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, TRUE)", id, number, "Person " + number, number.toLowerCase() + "@example.com",
                department, day("2015-01-01"), level);
        update("INSERT INTO level_change (id, version, staff_id, career_level, effective) VALUES (?, 1, ?, ?, ?)",
                id(), id, level, day("2015-01-01"));
        return id;
    }

    private long levelOf(long staff) throws SQLException {
        try (PreparedStatement statement = writer.prepareStatement("SELECT MIN(id) FROM level_change WHERE staff_id = ?")) {
            statement.setLong(1, staff);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long placement(String start, String reservedOn) throws SQLException {
        long id = id();
        update("INSERT INTO return_placement (id, version, project_id, career_level, start_date, reserved_on, status)"
                + " VALUES (?, 1, ?, 'PROJECT_COORDINATOR', ?, ?, 'CONFIRMED')", id, project, day(start), day(reservedOn));
        return id;
    }

    private long rotation(long staff, String role, String start, String plannedEnd, String actualEnd, String status, Long placement)
            throws SQLException {
        long id = id();
        update("INSERT INTO rotation (id, version, staff_id, pmo_id, pmo_role, start_date, planned_end, actual_end, status, overdue,"
                + " return_placement_id) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)", id, staff, fin, role, day(start),
                day(plannedEnd), day(actualEnd), status, placement);
        return id;
    }

    private static SeatFill fill(ReportSummary summary, String pmo, String role) {
        return summary.seatFillByPmo().stream().filter(row -> row.day().equals(D) && pmo.equals(row.pmoCode()) && role.equals(row.role()))
                .findFirst().orElseThrow();
    }

    private static Ratio participation(ReportSummary summary, CareerLevel level) {
        return summary.participation().stream().filter(row -> row.level() == level).findFirst().orElseThrow().rotated();
    }
}
