package org.pmorotations.service.demo;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The large organisation at a small size: counts in the proportions of the issue (20,000 staff:
 * about 300 PMOs, 2,000 projects, 100,000 project roles, 30,000 rotations), the same data for
 * the same seed, the demo's rules kept, and every row written to H2.
 */
class LargeOrganisationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    private static final int STAFF = 500;

    private static DemoOrganisation organisation;

    @BeforeAll
    static void generate() {
        organisation = new DemoOrganisation(DemoOrganisation.Shape.large(STAFF), 42, DAY);
    }

    @Test
    void countsScaleWithTheStaff() {
        assertEquals(STAFF, organisation.staff.size());
        assertEquals(STAFF * 3 / 200, organisation.pmos.size(), "1.5 PMOs per 100 staff");
        assertEquals(STAFF / 10, organisation.projects.size(), "10 projects per 100 staff");
        assertBetween(STAFF * 4, STAFF * 6, organisation.roles.size(), "about five project roles per person");
        assertBetween(STAFF * 5 / 4, STAFF * 7 / 4, organisation.rotations.size(), "about 1.5 rotations per person");
        assertEquals(EnumSet.allOf(PmoTier.class), organisation.pmos.stream().map(Pmo::getTier)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PmoTier.class))));
        LocalDate earliest = organisation.rotations.stream().map(Rotation::startDate).min(Comparator.naturalOrder()).orElseThrow();
        assertTrue(earliest.isBefore(DAY.minusYears(9)), "ten years of history, the first rotation starts " + earliest);
        Map<RotationStatus, Long> byStatus = organisation.rotations.stream()
                .collect(Collectors.groupingBy(Rotation::getStatus, Collectors.counting()));
        assertEquals(EnumSet.allOf(RotationStatus.class), byStatus.keySet(), byStatus.toString());
        assertTrue(organisation.rotations.stream().anyMatch(r -> r.getReturnPlacement()
                .map(p -> p.getLevel().rank() > r.getStaff().levelOn(r.startDate()).orElseThrow().rank()).orElse(false)),
                "some return with a promotion");
    }

    @Test
    void theSameSeedGivesTheSameOrganisationAndAnotherSeedAnother() {
        DemoOrganisation again = new DemoOrganisation(DemoOrganisation.Shape.large(STAFF), 42, DAY);
        DemoOrganisation other = new DemoOrganisation(DemoOrganisation.Shape.large(STAFF), 43, DAY);
        assertEquals(DemoOrganisationTest.describe(organisation), DemoOrganisationTest.describe(again));
        assertTrue(!DemoOrganisationTest.describe(organisation).equals(DemoOrganisationTest.describe(other)));
    }

    @Test
    void keepsTheRulesOfTheDemoData() {
        DemoOrganisationTest.assertKeepsTheSchedulingRules(organisation, DAY);
        DemoOrganisationTest.assertOnePrimaryAssignmentADay(organisation);
        DemoOrganisationTest.assertHistoryInOrder(organisation, DAY);
    }

    @Test
    void loadsEveryRowIntoH2AndTheSequenceGoesOnPastThem() throws SQLException {
        String url = "jdbc:h2:mem:large-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Map<String, Integer> written = LargeOrganisation.load(connection, organisation, "a-long-password-for-tests");
            assertEquals(organisation.staff.size(), count(connection, "staff"));
            assertEquals(organisation.pmos.size(), count(connection, "pmo"));
            assertEquals(organisation.projects.size(), count(connection, "project"));
            assertEquals(organisation.roles.size(), count(connection, "project_role"));
            assertEquals(organisation.rotations.size(), count(connection, "rotation"));
            assertEquals((long) written.get("rotation_event"), count(connection, "rotation_event"));
            assertEquals(3, count(connection, "user_account"));
            long maxId = single(connection, "SELECT MAX(id) FROM rotation_event");
            long next = single(connection, "SELECT NEXT VALUE FOR entity_seq");
            assertTrue(next - 49 > maxId, "the next block of ids starts at " + (next - 49) + ", after " + maxId);
            assertEquals(organisation.rotations.stream().filter(r -> r.getStatus() == RotationStatus.COMPLETED).count(),
                    single(connection, "SELECT COUNT(*) FROM rotation r JOIN return_placement p ON p.id = r.return_placement_id"
                            + " WHERE r.status = 'COMPLETED' AND p.status = 'CONFIRMED'"), "completed rotations with a confirmed return");
            assertThrows(IllegalStateException.class,
                    () -> LargeOrganisation.load(connection, organisation, "a-long-password-for-tests"),
                    "a database with staff is refused");
        }
    }

    @Test
    void theHashIsTheOneTheIdentityStoreReads() {
        String hash = LargeOrganisation.pbkdf2("a-long-password-for-tests");
        String[] parts = hash.split(":");
        assertEquals(4, parts.length, hash);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("120000", parts[1]);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length, "key bytes");
    }

    private static void assertBetween(int low, int high, int actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not within " + low + ".." + high);
    }

    private static long count(Connection connection, String table) throws SQLException {
        return single(connection, "SELECT COUNT(*) FROM " + table);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
