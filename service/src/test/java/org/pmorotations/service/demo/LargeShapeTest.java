package org.pmorotations.service.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo organisation in the large shape the benchmark's generator writes, at a small size:
 * counts in the proportions of 20,000 staff (about 300 PMOs, 2,000 projects, 100,000 project
 * roles, 30,000 rotations), the same data for the same seed, and the demo's rules kept.
 */
class LargeShapeTest {

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
        List<OpenRole> backfills = DemoOrganisationTest.assertOpenRolesKeepTheirRules(organisation, DAY);
        assertEquals(EnumSet.allOf(OpenRoleStatus.class), backfills.stream().map(OpenRole::getStatus)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OpenRoleStatus.class))), "backfills filled, open and withdrawn");
        assertTrue(organisation.openRoles().size() >= STAFF / 10, "open roles: " + organisation.openRoles().size());
    }

    private static void assertBetween(int low, int high, int actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not within " + low + ".." + high);
    }
}
