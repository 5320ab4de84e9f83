package org.pmorotations.service.demo;

import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.ReturnMatch;
import org.pmorotations.domain.rotation.ReturnPlacement;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationEvent;
import org.pmorotations.domain.rotation.RotationEventKind;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The project demand of a {@link DemoOrganisation}: open roles the way the application makes them.
 * <ul>
 *   <li>Returns reserved into an open role of the return project (about half of them), which the
 *       return's first project role fills once it is confirmed.</li>
 *   <li>Demand on the projects running now: open roles starting from two months back to nine
 *       months ahead, a few of them withdrawn.</li>
 *   <li>A backfill for every rotation approved (the person's role before it is cut to the day before,
 *       as approving does), filled by a later role on the same project at that level where one
 *       exists; cancelled after approval, the role is given back and the backfill withdrawn; left
 *       unfilled by a rotation that has ended, withdrawn as not needed.</li>
 * </ul>
 * Its draws come from a random of its own, so the rest of the organisation is the one it was
 * before open roles existed. Backfills name their rotation by id, so they are made once the
 * rotations have theirs ({@link #backfills}).
 */
final class DemoOpenRoles {

    private static final String MANAGER = DemoOrganisation.MANAGER;
    private static final String SYSTEM = DemoOrganisation.SYSTEM;
    private static final String[] WANTED = {
            "Delivery lead for the next release", "Plan and run the migration workstream", "Vendor and contract management",
            "Lead the testing and cut-over", "Benefits tracking and reporting", "Stakeholder engagement across the sites",
            "Risk and issue management for the programme board", "Run the roll-out to the regions",
    };
    private static final String[] WITHDRAWN = {
            "The scope was cut at the last steering committee.", "Covered by a contractor until the project ends.",
            "The project was re-planned; the role is no longer needed.",
    };
    /** Backfills not taken up while the person was away. */
    private static final String NOT_NEEDED = "The team covered the work while the person was away; no backfill was taken on.";

    private final Random random;
    private final LocalDate today;
    private final LocalDateTime now;
    private final List<OpenRole> demand = new ArrayList<>();
    private List<OpenRole> backfills;

    DemoOpenRoles(long seed, LocalDate today, LocalDateTime now) {
        this.random = new Random(seed ^ 0x0BE9_4011L);
        this.today = today;
        this.now = now;
    }

    /** The open roles made so far, backfills apart. */
    List<OpenRole> demand() {
        return demand;
    }

    /**
     * About half the time, an open role on {@code project} at {@code level}, opened before the
     * return was reserved and starting on its first day, as the match of the person returning
     * from {@code rotation} at {@code levelBefore}: empty the other half.
     */
    Optional<ReturnMatch> matchFor(Rotation rotation, Project project, CareerLevel levelBefore, CareerLevel level,
                                   LocalDate returnStart, LocalDateTime reservedAt) {
        if (random.nextInt(100) >= 55) {
            return Optional.empty();
        }
        LocalDate end = project.getPeriod().end().isPresent() && random.nextBoolean() ? null
                : returnStart.plusMonths(between(12, 30)).minusDays(1);
        if (end != null && !project.getPeriod().contains(end)) {
            end = null;
        }
        OpenRole role = new OpenRole(project, level, null, returnStart, end, null, WANTED[random.nextInt(WANTED.length)],
                Change.by(MANAGER, reservedAt.minusDays(between(3, 40))));
        demand.add(role);
        // Not stored yet, so without an id: the role is no backfill, so the id decides nothing.
        ReturnMatch.Returning returning = new ReturnMatch.Returning(0, rotation.effectiveEnd(), levelBefore,
                rotation.getStaff().getDepartment(), rotation.getStaff().getFullName());
        return Optional.of(ReturnMatch.of(returning, role).orElseThrow(() -> new IllegalStateException(
                "A demo return role is no match: " + ReturnMatch.whyNot(returning, role).orElse(""))));
    }

    /** Confirmed returns fill the open role they were reserved into, with the return's first project role. */
    void fillMatchedReturns(List<Rotation> rotations, List<ProjectRole> roles) {
        Map<Object, List<ProjectRole>> byPerson = new IdentityHashMap<>();
        roles.forEach(role -> byPerson.computeIfAbsent(role.getStaff(), person -> new ArrayList<>()).add(role));
        for (Rotation rotation : rotations) {
            Optional<ReturnPlacement> placement = rotation.getReturnPlacement();
            if (placement.isEmpty() || placement.get().getOpenRole().isEmpty() || !placement.get().isConfirmed()) {
                continue;
            }
            OpenRole wanted = placement.get().getOpenRole().get();
            ProjectRole back = byPerson.getOrDefault(rotation.getStaff(), List.of()).stream()
                    .filter(role -> role.getProject() == placement.get().getProject()
                            && role.getPeriod().start().equals(placement.get().getStartDate()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No project role for the return of " + rotation));
            wanted.fill(back, Change.by(SYSTEM, placement.get().getStartDate().atTime(6, 15)));
        }
    }

    /** Open roles on the projects running today, about one for every ten people. */
    void openDemand(List<Project> projects, int people) {
        List<Project> running = projects.stream().filter(project -> project.getPeriod().contains(today)
                && !project.getCode().endsWith("-RUN")).toList();
        if (running.isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.max(1, people / 10); i++) {
            Project project = running.get(random.nextInt(running.size()));
            LocalDate start = today.plusDays(between(-60, 270));
            if (!project.getPeriod().contains(start)) {
                start = project.getPeriod().contains(today.plusDays(1)) ? today.plusDays(1) : today;
            }
            int rank = new int[]{1, 2, 2, 2, 3, 3, 3, 4, 4, 5}[random.nextInt(10)];
            CareerLevel min = CareerLevel.values()[rank - 1];
            int spread = random.nextInt(3);
            CareerLevel max = spread == 2 ? null : CareerLevel.values()[Math.min(4, rank - 1 + spread)];
            LocalDate end = random.nextInt(100) < 40 ? null : start.plusMonths(between(6, 24)).minusDays(1);
            if (end != null && !project.getPeriod().contains(end)) {
                end = null;
            }
            LocalDateTime opened = earlier(start.minusDays(between(20, 90)).atTime(9, between(0, 59)));
            OpenRole role = new OpenRole(project, min, max, start, end, null, WANTED[random.nextInt(WANTED.length)],
                    Change.by(MANAGER, opened));
            if (random.nextInt(100) < 8) {
                role.withdraw(Change.by(MANAGER, later(opened, between(5, 40)))
                        .because(WITHDRAWN[random.nextInt(WITHDRAWN.length)]));
            }
            demand.add(role);
        }
    }

    /**
     * The backfills of the organisation's approved rotations, made the first time they are asked
     * for: {@code idOf} gives each rotation's id. The person's role before each rotation is
     * brought back to its planned end and cut again by the backfill, as approving the rotation
     * did, so the roles end where they did.
     */
    List<OpenRole> backfills(List<Rotation> rotations, List<ProjectRole> roles, ToLongFunction<Rotation> idOf) {
        if (backfills != null) {
            return backfills;
        }
        backfills = new ArrayList<>();
        // Entities not stored yet have no id, so no hash of their own: kept by identity.
        Map<Object, List<ProjectRole>> byPerson = new IdentityHashMap<>();
        Map<Project, List<ProjectRole>> byProject = new IdentityHashMap<>();
        for (ProjectRole role : roles) {
            byPerson.computeIfAbsent(role.getStaff(), person -> new ArrayList<>()).add(role);
            byProject.computeIfAbsent(role.getProject(), project -> new ArrayList<>()).add(role);
        }
        byProject.values().forEach(list -> list.sort(Comparator.comparing((ProjectRole role) -> role.getPeriod().start())));
        Set<ProjectRole> filling = Collections.newSetFromMap(new IdentityHashMap<>());
        demand.stream().flatMap(role -> role.getFilledBy().stream()).forEach(filling::add);
        List<Rotation> approved = rotations.stream().filter(rotation -> happened(rotation, RotationEventKind.APPROVED))
                .sorted(Comparator.comparing(Rotation::startDate)).toList();
        for (Rotation rotation : approved) {
            LocalDate start = rotation.startDate();
            List<ProjectRole> own = byPerson.getOrDefault(rotation.getStaff(), List.of());
            boolean cancelled = rotation.getStatus() == RotationStatus.CANCELLED;
            Optional<ProjectRole> held = own.stream().filter(role -> role.getPeriod().start().isBefore(start)
                    && (cancelled ? role.getPeriod().contains(start) : role.getPeriod().end().filter(start.minusDays(1)::equals).isPresent()))
                    .findFirst();
            if (held.isEmpty() || !held.get().getProject().getPeriod().contains(start)) {
                continue;
            }
            ProjectRole role = held.get();
            if (!cancelled) {
                role.restoreEnd(plannedEnd(role, start));
            }
            OpenRole backfill = OpenRole.backfill(role, idOf.applyAsLong(rotation), start,
                    Change.by(MANAGER, at(rotation, RotationEventKind.APPROVED)));
            backfills.add(backfill);
            if (cancelled) {
                backfill.restore(Change.by(MANAGER, at(rotation, RotationEventKind.CANCELLED)).because("The rotation was cancelled"));
                continue;
            }
            if (!start.isAfter(today) && random.nextInt(100) < 75) {
                List<ProjectRole> onProject = byProject.getOrDefault(role.getProject(), List.of());
                LocalDate latest = start.plusDays(150).isAfter(today) ? today : start.plusDays(150);
                for (int i = firstStartingFrom(onProject, start); i < onProject.size()
                        && !onProject.get(i).getPeriod().start().isAfter(latest); i++) {
                    ProjectRole other = onProject.get(i);
                    if (other.getStaff() != role.getStaff() && !filling.contains(other) && backfill.admits(other.getLevel())
                            && backfill.until().contains(other.getPeriod().start())) {
                        filling.add(other);
                        backfill.fill(other, Change.by(MANAGER, earlier(other.getPeriod().start().atTime(7, 30))));
                        break;
                    }
                }
            }
            if (backfill.getStatus() == OpenRoleStatus.OPEN && rotation.effectiveEnd().isBefore(today)) {
                backfill.withdraw(Change.by(MANAGER, earlier(start.plusDays(90).atTime(16, 0))).because(NOT_NEEDED));
            }
        }
        return backfills;
    }

    /** The index of the first of {@code roles} (by start) starting on or after {@code day}. */
    private static int firstStartingFrom(List<ProjectRole> roles, LocalDate day) {
        int low = 0;
        int high = roles.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (roles.get(middle).getPeriod().start().isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The end the person's role had before the rotation cut it: some months on, or the project's end, or none. */
    private LocalDate plannedEnd(ProjectRole role, LocalDate start) {
        Optional<LocalDate> projectEnd = role.getProject().getPeriod().end();
        if (projectEnd.isEmpty() && random.nextInt(100) < 40) {
            return null;
        }
        LocalDate end = start.plusMonths(between(3, 18)).minusDays(1);
        return projectEnd.filter(end::isAfter).orElse(end);
    }

    private static boolean happened(Rotation rotation, RotationEventKind kind) {
        return rotation.getHistory().stream().anyMatch(event -> event.getKind() == kind);
    }

    private static LocalDateTime at(Rotation rotation, RotationEventKind kind) {
        return rotation.getHistory().stream().filter(event -> event.getKind() == kind).map(RotationEvent::getAt)
                .findFirst().orElseThrow();
    }

    private LocalDateTime earlier(LocalDateTime at) {
        return at.isBefore(now) ? at : now.minusHours(between(1, 48));
    }

    private LocalDateTime later(LocalDateTime at, int days) {
        LocalDateTime candidate = at.plusDays(days);
        return candidate.isBefore(now) ? candidate : at.plusMinutes(ChronoUnit.MINUTES.between(at, now) / 2);
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
