package org.pmorotations.service.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.ReturnMatch;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationEvent;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo organisation is what a new user judges the product by: it must be believable and keep
 * the design's rules, for any day it is loaded on.
 */
class DemoOrganisationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void theSameSeedAndDayGiveTheSameOrganisation() {
        DemoOrganisation first = new DemoOrganisation(DemoDataLoader.SEED, DAY);
        DemoOrganisation second = new DemoOrganisation(DemoDataLoader.SEED, DAY);
        assertEquals(describe(first), describe(second));
    }

    @Test
    void hasTheSizeOfTheDesign() {
        DemoOrganisation organisation = new DemoOrganisation(DemoDataLoader.SEED, DAY);
        assertEquals(200, organisation.staff.size());
        assertEquals(10, organisation.pmos.size());
        assertEquals(40, organisation.projects.size());
        assertEquals(EnumSet.allOf(PmoTier.class),
                organisation.pmos.stream().map(Pmo::getTier).collect(Collectors.toCollection(() -> EnumSet.noneOf(PmoTier.class))));
        assertEquals(EnumSet.allOf(CareerLevel.class),
                organisation.staff.stream().map(Staff::getLevel).collect(Collectors.toCollection(() -> EnumSet.noneOf(CareerLevel.class))));
        assertTrue(organisation.rotations.size() >= 80, "rotations: " + organisation.rotations.size());
        LocalDate earliest = organisation.rotations.stream().map(Rotation::startDate).min(Comparator.naturalOrder()).orElseThrow();
        assertTrue(earliest.isBefore(DAY.minusYears(4)), "history starts " + earliest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25", "2027-02-28", "2029-07-01"})
    void hasRotationsInEveryStateOnAnyDay(String day) {
        DemoOrganisation organisation = new DemoOrganisation(DemoDataLoader.SEED, LocalDate.parse(day));
        Map<RotationStatus, Long> byStatus = organisation.rotations.stream()
                .collect(Collectors.groupingBy(Rotation::getStatus, Collectors.counting()));
        assertEquals(EnumSet.allOf(RotationStatus.class), byStatus.keySet(), byStatus.toString());
        assertTrue(organisation.rotations.stream().anyMatch(r -> r.getHistory().stream()
                .anyMatch(e -> e.getKind().name().equals("EXTENDED"))), "some rotations were extended");
    }

    /** The Overview's work queue and the rotation list's "At risk" filter have something to show whatever the day. */
    @Test
    void hasRotationsAtRiskOnEveryDayOfTwoYears() {
        int atRiskDays = Policy.DEFAULTS.atRiskDays();
        for (LocalDate day = DAY; day.isBefore(DAY.plusYears(2)); day = day.plusDays(1)) {
            LocalDate today = day;
            long atRisk = new DemoOrganisation(DemoDataLoader.SEED, today).rotations.stream()
                    .filter(r -> EnumSet.of(RotationStatus.APPROVED, RotationStatus.ACTIVE, RotationStatus.CURTAILED).contains(r.getStatus()))
                    .filter(r -> r.getReturnPlacement().isEmpty())
                    .filter(r -> !r.effectiveEnd().isBefore(today) && !r.effectiveEnd().isAfter(today.plusDays(atRiskDays)))
                    .count();
            assertTrue(atRisk > 0, "rotations at risk on " + today);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25", "2027-02-28", "2029-07-01"})
    void keepsTheSchedulingRules(String day) {
        LocalDate today = LocalDate.parse(day);
        assertKeepsTheSchedulingRules(new DemoOrganisation(DemoDataLoader.SEED, today), today);
    }

    /** The design's rules with their default thresholds; the large organisations are checked with it too. */
    static void assertKeepsTheSchedulingRules(DemoOrganisation organisation, LocalDate today) {
        List<Rotation> holding = organisation.rotations.stream()
                .filter(r -> r.getStatus() != RotationStatus.CANCELLED).toList();
        for (Rotation rotation : holding) {
            long months = rotation.plannedMonths();
            assertTrue(months >= 12 && months <= 24, "DURATION " + months + " months");
            assertTrue(rotation.getPmo().isOpenThroughout(rotation.getPlanned()), "PMO_OPEN " + rotation.getPmo().getCode());
            Staff person = rotation.getStaff();
            assertFalse(person.getHireDate().plusMonths(12).isAfter(rotation.startDate()), "TENURE");
            CareerLevel level = person.levelOn(rotation.startDate()).orElseThrow();
            CareerLevel needed = rotation.getRole() == PmoRole.PMO_MANAGER ? CareerLevel.SENIOR_PROJECT_MANAGER
                    : rotation.getPmo().getTier() == PmoTier.ENTERPRISE ? CareerLevel.PROJECT_MANAGER : CareerLevel.PROJECT_COORDINATOR;
            assertTrue(level.isAtLeast(needed), "ELIGIBILITY " + level + " for " + rotation.getRole());
            if (rotation.getStatus().isPlanned()) {
                assertTrue(person.isActive(), "ACTIVE_STAFF");
                assertTrue(rotation.startDate().isAfter(today), "planned rotations start in the future");
            }
            if (rotation.getStatus() == RotationStatus.COMPLETED) {
                assertTrue(rotation.getReturnPlacement().map(ReturnPlacement::isConfirmed).orElse(false), "RETURN_PLAN");
            }
            if (rotation.getStatus() == RotationStatus.ACTIVE) {
                assertFalse(rotation.startDate().isAfter(today));
                assertEquals(rotation.plannedEnd().isBefore(today), rotation.isOverdue(), "overdue flag");
            }
        }
        Map<Staff, List<Rotation>> byPerson = holding.stream().collect(Collectors.groupingBy(Rotation::getStaff));
        byPerson.forEach((person, own) -> {
            List<Rotation> sorted = own.stream().sorted(Comparator.comparing(Rotation::startDate)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                LocalDate previousEnd = sorted.get(i - 1).effectiveEnd();
                assertTrue(sorted.get(i).startDate().isAfter(previousEnd.plusMonths(12)), "COOL_OFF/OVERLAP " + person.getFullName());
            }
        });
        for (Pmo pmo : organisation.pmos) {
            for (PmoRole role : PmoRole.values()) {
                List<Rotation> seat = holding.stream().filter(r -> r.getPmo() == pmo && r.getRole() == role).toList();
                for (Rotation rotation : seat) {
                    LocalDate start = rotation.startDate();
                    long together = seat.stream().filter(other -> other.getPlanned().contains(start)
                            && !other.effectiveEnd().isBefore(start)).count();
                    assertTrue(together <= pmo.seatsFor(role), "SEATS " + pmo.getCode() + " " + role + " on " + start);
                }
            }
        }
    }

    @Test
    void everyoneHasOnePrimaryAssignmentADay() {
        DemoOrganisation organisation = new DemoOrganisation(DemoDataLoader.SEED, DAY);
        assertOnePrimaryAssignmentADay(organisation);
        assertTrue(organisation.roles.size() >= 400, "project roles: " + organisation.roles.size());
    }

    static void assertOnePrimaryAssignmentADay(DemoOrganisation organisation) {
        Map<Staff, List<Period>> busy = new java.util.HashMap<>();
        for (ProjectRole role : organisation.roles) {
            assertTrue(role.getStaff().levelOn(role.getPeriod().start()).orElseThrow() == role.getLevel(),
                    "a role is held at the person's level on its start");
            busy.computeIfAbsent(role.getStaff(), s -> new ArrayList<>()).add(role.getPeriod());
        }
        for (Rotation rotation : organisation.rotations) {
            if (rotation.getStatus() != RotationStatus.CANCELLED) {
                busy.computeIfAbsent(rotation.getStaff(), s -> new ArrayList<>())
                        .add(Period.of(rotation.startDate(), rotation.effectiveEnd()));
            }
        }
        busy.forEach((person, periods) -> {
            for (int i = 0; i < periods.size(); i++) {
                for (int j = i + 1; j < periods.size(); j++) {
                    assertFalse(periods.get(i).overlaps(periods.get(j)),
                            person.getFullName() + ": " + periods.get(i) + " and " + periods.get(j));
                }
            }
        });
    }

    @Test
    void projectsHaveOpenRolesBackfillsAndReturnsIntoThem() {
        DemoOrganisation organisation = new DemoOrganisation(DemoDataLoader.SEED, DAY);
        List<OpenRole> backfills = assertOpenRolesKeepTheirRules(organisation, DAY);

        Map<OpenRoleStatus, Long> backfillStates = backfills.stream()
                .collect(Collectors.groupingBy(OpenRole::getStatus, Collectors.counting()));
        assertTrue(backfillStates.getOrDefault(OpenRoleStatus.FILLED, 0L) >= 5, "filled backfills: " + backfillStates);
        assertTrue(backfillStates.getOrDefault(OpenRoleStatus.OPEN, 0L) >= 3, "open backfills: " + backfillStates);
        assertTrue(backfills.stream().anyMatch(backfill -> backfill.getHistory().stream()
                .anyMatch(event -> event.getDetail() != null && event.getDetail().contains("the rotation was cancelled"))),
                "a cancelled rotation gave a role back");
        long matched = organisation.rotations.stream().flatMap(rotation -> rotation.getReturnPlacement().stream())
                .filter(placement -> placement.getOpenRole().isPresent() && placement.isConfirmed()).count();
        assertTrue(matched >= 10, "returns into a matched open role: " + matched);
        assertTrue(organisation.openRoles().stream().filter(role -> role.getStatus() == OpenRoleStatus.OPEN)
                .filter(role -> role.getPeriod().start().isAfter(DAY)).count() >= 10, "open roles ahead");
        // The returns page has matches to show: someone ending within six months can go back to an open role.
        List<OpenRole> open = new ArrayList<>(organisation.openRoles());
        open.addAll(backfills);
        assertTrue(organisation.rotations.stream()
                .filter(rotation -> rotation.getStatus() == RotationStatus.ACTIVE && rotation.getReturnPlacement().isEmpty()
                        && rotation.effectiveEnd().isBefore(DAY.plusMonths(6)))
                .anyMatch(rotation -> !ReturnMatch.rank(new ReturnMatch.Returning(0, rotation.effectiveEnd(),
                        rotation.getStaff().getLevel(), rotation.getStaff().getDepartment(), rotation.getStaff().getFullName()),
                        open).isEmpty()), "someone ending soon has a way back");
    }

    /**
     * The organisation's open roles and backfills keep the rules the application keeps: a
     * confirmed return into an open role filled it with the person's role from that day; each
     * backfill's person left their role the day before the rotation (or has it back, the rotation
     * cancelled); each role's history in order and not ahead of {@code today}; and, backfills
     * made, still one primary assignment a day. Returns the backfills.
     */
    static List<OpenRole> assertOpenRolesKeepTheirRules(DemoOrganisation organisation, LocalDate today) {
        Map<Rotation, Long> ids = new java.util.IdentityHashMap<>();
        List<OpenRole> backfills = organisation.backfills(rotation -> ids.computeIfAbsent(rotation, r -> ids.size() + 1L));
        Map<Long, Rotation> byId = new java.util.HashMap<>();
        ids.forEach((rotation, id) -> byId.put(id, rotation));
        for (Rotation rotation : organisation.rotations) {
            rotation.getReturnPlacement().filter(ReturnPlacement::isConfirmed).flatMap(ReturnPlacement::getOpenRole).ifPresent(role -> {
                ProjectRole filledBy = role.getFilledBy().orElseThrow(() -> new AssertionError("a confirmed return filled its role"));
                assertEquals(rotation.getStaff(), filledBy.getStaff());
                assertEquals(rotation.getReturnPlacement().orElseThrow().getStartDate(), filledBy.getPeriod().start());
            });
        }
        for (OpenRole backfill : backfills) {
            Rotation rotation = byId.get(backfill.getBackfillFor().orElseThrow());
            ProjectRole held = backfill.getHeld().orElseThrow();
            assertEquals(rotation.getStaff(), held.getStaff());
            assertEquals(held.getLevel(), backfill.getMinLevel());
            if (rotation.getStatus() == RotationStatus.CANCELLED) {
                assertEquals(OpenRoleStatus.WITHDRAWN, backfill.getStatus());
                assertTrue(held.getPeriod().contains(rotation.startDate()), "the role runs as before");
            } else {
                assertEquals(rotation.startDate().minusDays(1), held.getPeriod().end().orElseThrow(), "left the day before");
            }
        }
        List<OpenRole> all = new ArrayList<>(organisation.openRoles());
        all.addAll(backfills);
        for (OpenRole role : all) {
            var history = role.getHistory();
            for (int i = 1; i < history.size(); i++) {
                assertFalse(history.get(i).getAt().isBefore(history.get(i - 1).getAt()), "open role history in order");
            }
            assertFalse(history.get(history.size() - 1).getAt().isAfter(today.plusDays(1).atStartOfDay()), "no history ahead");
        }
        assertOnePrimaryAssignmentADay(organisation);
        return backfills;
    }

    @Test
    void historyIsInTheOrderThingsHappened() {
        assertHistoryInOrder(new DemoOrganisation(DemoDataLoader.SEED, DAY), DAY);
    }

    static void assertHistoryInOrder(DemoOrganisation organisation, LocalDate today) {
        for (Rotation rotation : organisation.rotations) {
            List<RotationEvent> history = rotation.getHistory();
            for (int i = 1; i < history.size(); i++) {
                assertFalse(history.get(i).getAt().isBefore(history.get(i - 1).getAt()),
                        "history of " + rotation.getStaff().getFullName() + " at " + history.get(i).getKind());
                assertEquals(history.get(i - 1).getToStatus(), history.get(i).getFromStatus());
            }
            assertFalse(history.get(history.size() - 1).getAt().isAfter(today.plusDays(1).atStartOfDay()), "no history in the future");
        }
    }

    static String describe(DemoOrganisation organisation) {
        Set<String> lines = new java.util.LinkedHashSet<>();
        organisation.staff.forEach(s -> lines.add(s.getEmployeeNumber() + s.getFullName() + s.getHireDate() + s.getLevel()));
        organisation.rotations.forEach(r -> lines.add(r.getStaff().getEmployeeNumber() + " " + r.getPmo().getCode()
                + r.getPlanned() + r.getStatus()));
        return String.join("\n", lines);
    }
}
