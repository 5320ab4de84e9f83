package org.pmorotations.benchmark;

import org.pmorotations.service.demo.DemoOrganisation;

import org.pmorotations.service.shared.DatabaseMigrations;
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
 * The large organisation's generator at a small size: every row written to H2, the sequence past
 * them, a database with staff refused, and the password hash the application reads. (Its shape is
 * tested with the demo organisation, LargeShapeTest.)
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
    void loadsEveryRowIntoH2AndTheSequenceGoesOnPastThem() throws SQLException {
        String url = "jdbc:h2:mem:large-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        DatabaseMigrations.flyway("H2").dataSource(url, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            Map<String, Integer> written = LargeOrganisation.load(connection, organisation, "a-long-password-for-tests");
            assertEquals(organisation.staff().size(), count(connection, "staff"));
            assertEquals(organisation.pmos().size(), count(connection, "pmo"));
            assertEquals(organisation.projects().size(), count(connection, "project"));
            assertEquals(organisation.roles().size(), count(connection, "project_role"));
            assertEquals(organisation.rotations().size(), count(connection, "rotation"));
            assertEquals((long) written.get("rotation_event"), count(connection, "rotation_event"));
            assertEquals(organisation.openRoles().size() + organisation.backfills(rotation -> 0).size(), count(connection, "open_role"));
            assertEquals((long) written.get("open_role_event"), count(connection, "open_role_event"));
            assertEquals(organisation.rotations().stream().filter(r -> r.getReturnPlacement()
                            .flatMap(org.pmorotations.domain.rotation.ReturnPlacement::getOpenRole).isPresent()).count(),
                    single(connection, "SELECT COUNT(*) FROM return_placement WHERE open_role_id IS NOT NULL"), "returns into an open role");
            assertTrue(single(connection, "SELECT COUNT(*) FROM open_role o JOIN rotation r ON r.id = o.backfill_for_id"
                    + " JOIN project_role pr ON pr.id = o.held_role_id WHERE pr.staff_id = r.staff_id") > 0, "backfills name their rotation");
            assertEquals(0, single(connection, "SELECT COUNT(*) FROM open_role o JOIN rotation r ON r.id = o.backfill_for_id"
                    + " JOIN project_role pr ON pr.id = o.held_role_id WHERE pr.staff_id <> r.staff_id"), "each backfill the person's own");
            assertEquals(3, count(connection, "user_account"));
            long maxId = single(connection, "SELECT MAX(id) FROM rotation_event");
            long next = single(connection, "SELECT NEXT VALUE FOR entity_seq");
            assertTrue(next - 49 > maxId, "the next block of ids starts at " + (next - 49) + ", after " + maxId);
            assertEquals(organisation.rotations().stream().filter(r -> r.getStatus() == RotationStatus.COMPLETED).count(),
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
