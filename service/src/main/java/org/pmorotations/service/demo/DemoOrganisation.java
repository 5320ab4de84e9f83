package org.pmorotations.service.demo;

import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.pmo.Seats;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.Evaluation;
import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.ObjectiveEvaluation;
import org.pmorotations.domain.rotation.ObjectiveRating;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * A believable organisation built in memory, the same for the same seed and day: about 200 staff
 * across the five career levels, 10 PMOs of the three tiers, 40 projects, and five years of
 * rotations in every state, with their history, objectives, evaluations and return placements.
 *
 * <p>The data keeps the rules of the design with their default thresholds, so that what the
 * screens and reports show could have happened: rotations of 12 to 24 months that fit the
 * seats (each seat is a chain of rotations), never overlap for a person and leave 12 months
 * back in project roles between two; eligibility by level; 12 months' tenure; PMOs open for
 * the whole period. Everyone holds one primary assignment a day: project roles fill the time
 * outside rotations and the wait for a return. Seats are filled in order of start date, so a
 * promotion on return never rewrites a level that an earlier rotation relied on.
 *
 * <p>The same logic builds the large organisations of the benchmark's {@code LargeOrganisation} ({@link Shape#large}):
 * ten years of history, PMOs and projects in proportion to the staff, and two look-ups that stay
 * cheap at tens of thousands of people (candidates for a seat are drawn at random until a few
 * fit, rather than every person tested against every seat; projects are found by department).
 * The demo's shape keeps its exact sequence of random draws, so its data does not change.
 */
public final class DemoOrganisation {

    static final int STAFF = 200;
    static final String MANAGER = "pmo.manager";
    static final String SYSTEM = "system";

    private static final String[][] DEPARTMENTS = {
            {"FIN", "Finance"}, {"TEC", "Technology"}, {"OPS", "Operations"}, {"MKT", "Marketing"},
            {"HRS", "Human Resources"}, {"SCM", "Supply Chain"}, {"LEG", "Legal and Compliance"},
            {"CUS", "Customer Service"}};
    private static final String[] PROJECT_NAMES = {
            "ERP Consolidation", "Cloud Migration", "Data Warehouse Renewal", "Customer Portal",
            "Payroll Replacement", "Warehouse Automation", "Contract Lifecycle Platform", "Contact Centre Upgrade",
            "Budgeting Tool Rollout", "Identity and Access Revamp", "Lean Operations Wave 2", "Brand Refresh",
            "Talent Platform", "Supplier Onboarding", "Regulatory Reporting", "Omnichannel Support",
            "Treasury System", "Network Modernisation", "Plant Maintenance Digital", "Marketing Automation",
            "Learning Management System", "Transport Optimisation", "Privacy Programme", "Self-Service Kiosks",
            "Cost Allocation Redesign", "Mobile Workforce App", "Quality Management System", "Loyalty Scheme",
            "HR Shared Services", "Demand Forecasting", "Policy Management", "Field Service Scheduling"};
    private static final String[] FIRST_NAMES = {
            "Amara", "Ben", "Chen", "Daniela", "Elif", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kavya",
            "Liam", "Maria", "Nikolai", "Olivia", "Pedro", "Qing", "Rosa", "Samuel", "Tariq", "Ursula",
            "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Aisha", "Bruno", "Clara", "Dmitri", "Emma", "Felix",
            "Giulia", "Hannah", "Ivan", "Julia", "Kenji", "Laura", "Mateo", "Nadia", "Oscar", "Priya",
            "Rafael", "Sofia", "Tomasz", "Valentina", "William", "Yara"};
    private static final String[] LAST_NAMES = {
            "Rossi", "Chen", "Okafor", "Müller", "García", "Nowak", "Haddad", "Andersen", "Silva", "Kowalski",
            "Nakamura", "Dubois", "Patel", "O'Brien", "Jensen", "Moreau", "Fischer", "Kim", "Santos", "Ivanova",
            "Larsen", "Bianchi", "Schmidt", "Yilmaz", "Ahmed", "Novak", "Costa", "Lindqvist", "Mensah", "Reyes",
            "Hoffmann", "Tanaka", "Van Dijk", "Ferreira", "Kaur", "Walsh", "Popescu", "Berg", "Suzuki", "Adeyemi"};
    private static final String[] CURTAIL_REASONS = {
            "Needed back on a critical project recovery.", "Personal circumstances; agreed with the line manager.",
            "The program was re-scoped and the seat removed early.", "Promoted into a delivery role ahead of plan."};
    private static final String[] CANCEL_REASONS = {
            "Candidate withdrew before the start.", "Project could not release the candidate in time.",
            "Another candidate was preferred for the seat."};

    /**
     * The size of an organisation. {@code generated}: PMOs and projects generated in proportion
     * to the staff (the large organisations) rather than the demo's hand-picked ten and forty.
     */
    public record Shape(int staff, int years, boolean generated) {

        static final Shape DEMO = new Shape(STAFF, 5, false);

        /** {@code staff} people, with about 1.5 PMOs and 10 projects per 100 of them and ten years of history. */
        public static Shape large(int staff) {
            if (staff < 100) {
                throw new IllegalArgumentException("staff: a large organisation has at least 100 staff, not " + staff);
            }
            return new Shape(staff, 10, true);
        }
    }

    private final Shape shape;
    private final Random random;
    private final LocalDate today;
    private final LocalDateTime now;
    private final LocalDate base;
    /** Whether a rotation ending within the policy's at-risk days was left without a return (see run). */
    private boolean leftAtRisk;
    private final DemoOpenRoles demand;

    private final List<Project> runProjects = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final List<Pmo> pmos = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final List<ProjectRole> roles = new ArrayList<>();
    final List<Rotation> rotations = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    /** The projects built, in the order they were made. */
    public List<Project> projects() {
        return java.util.Collections.unmodifiableList(projects);
    }

    public List<Pmo> pmos() {
        return java.util.Collections.unmodifiableList(pmos);
    }

    public List<Staff> staff() {
        return java.util.Collections.unmodifiableList(staff);
    }

    public List<ProjectRole> roles() {
        return java.util.Collections.unmodifiableList(roles);
    }

    public List<Rotation> rotations() {
        return java.util.Collections.unmodifiableList(rotations);
    }

    DemoOrganisation(long seed, LocalDate today) {
        this(Shape.DEMO, seed, today);
    }

    public DemoOrganisation(Shape shape, long seed, LocalDate today) {
        this.shape = shape;
        this.random = new Random(seed);
        this.today = today;
        this.now = today.atTime(LocalTime.of(8, 0));
        this.base = today.withDayOfMonth(1);
        this.demand = new DemoOpenRoles(seed, today, now);
        createProjects();
        createPmos();
        createPeople();
        createRotations();
        createProjectRolesAndLevels();
        demand.fillMatchedReturns(rotations, roles);
        demand.openDemand(projects, shape.staff());
    }

    /** The open roles that are no backfill: those returns were reserved into, and today's demand. */
    public List<OpenRole> openRoles() {
        return java.util.Collections.unmodifiableList(demand.demand());
    }

    /**
     * The backfills of the approved rotations, made on the first call: {@code idOf} gives each
     * rotation's id (a backfill names its rotation by id), so they are asked for once the rotations have one.
     */
    public List<OpenRole> backfills(ToLongFunction<Rotation> idOf) {
        return java.util.Collections.unmodifiableList(demand.backfills(rotations, roles, idOf));
    }

    // ---------------------------------------------------------------- projects and PMOs

    private void createProjects() {
        if (shape.generated()) {
            createGeneratedProjects();
            return;
        }
        for (String[] department : DEPARTMENTS) {
            Project run = new Project(department[0] + "-RUN", department[1] + " Portfolio Operations",
                    department[1], Period.from(base.minusYears(22)));
            runProjects.add(run);
            projects.add(run);
        }
        for (int i = 0; i < PROJECT_NAMES.length; i++) {
            String[] department = DEPARTMENTS[i % DEPARTMENTS.length];
            LocalDate start = base.minusMonths(between(0, 96));
            Period period = random.nextInt(4) == 0
                    ? Period.from(start)
                    : Period.ofMonths(start, between(12, 60));
            projects.add(new Project(department[0] + "-" + (101 + i), PROJECT_NAMES[i], department[1], period));
        }
    }

    private void createPmos() {
        if (shape.generated()) {
            createGeneratedPmos();
            return;
        }
        pmos.add(pmo("EPMO", "Enterprise PMO", PmoTier.ENTERPRISE, 3, 2, 120, null));
        pmos.add(pmo("FIN-PMO", "Finance PMO", PmoTier.DEPARTMENT, 2, 1, 96, null));
        pmos.add(pmo("TEC-PMO", "Technology PMO", PmoTier.DEPARTMENT, 3, 1, 108, null));
        pmos.add(pmo("OPS-PMO", "Operations PMO", PmoTier.DEPARTMENT, 2, 1, 84, null));
        pmos.add(pmo("SCM-PMO", "Supply Chain PMO", PmoTier.DEPARTMENT, 2, 1, 48, null));
        pmos.add(pmo("MKT-PMO", "Marketing PMO", PmoTier.DEPARTMENT, 1, 1, 36, null));
        pmos.add(pmo("ERP-PMO", "ERP Transformation Program PMO", PmoTier.PROGRAM, 2, 1, 72, -30));
        pmos.add(pmo("DIG-PMO", "Digital Channels Program PMO", PmoTier.PROGRAM, 1, 1, 36, null));
        pmos.add(pmo("MRG-PMO", "Merger Integration Program PMO", PmoTier.PROGRAM, 2, 1, 72, 24));
        pmos.add(pmo("NZ-PMO", "Net Zero Program PMO", PmoTier.PROGRAM, 1, 1, 12, null));
    }

    /** {@code closedMonthsAgo}: null for an open PMO, negative for one that closes in the future. */
    private Pmo pmo(String code, String name, PmoTier tier, int analysts, int managers, int openedMonthsAgo,
                    Integer closedMonthsAgo) {
        Period active = closedMonthsAgo == null
                ? Period.from(base.minusMonths(openedMonthsAgo))
                : Period.of(base.minusMonths(openedMonthsAgo), base.minusMonths(closedMonthsAgo).minusDays(1));
        return new Pmo(code, name, tier, Seats.of(analysts, managers), active);
    }

    // ---------------------------------------------------------------- people and careers

    private void createPeople() {
        for (int i = 0; i < shape.staff(); i++) {
            String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
            String[] department = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
            double yearsAgo = 0.5 + 19.5 * Math.pow(random.nextDouble(), 1.4);
            LocalDate hired = today.minusDays(Math.round(yearsAgo * 365.25));
            int rank = pick(new int[]{1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4});
            String email = (first + "." + last).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z.]", "") + "." + (10001 + i) + "@example.com";
            Staff member = new Staff(EmployeeNumber.of("E" + (10001 + i)), first + " " + last, email,
                    department[1], hired, level(rank));
            Person person = new Person(member, department[1], rank);
            LocalDate step = hired.plusMonths(between(30, 72));
            while (step.isBefore(today) && person.rankOn(step) < 5) {
                if (random.nextInt(100) < (person.rankOn(step) >= 4 ? 20 : 55)) {
                    person.career.put(step, person.rankOn(step) + 1);
                }
                step = step.plusMonths(between(30, 72));
            }
            if (random.nextInt(100) < 5) {
                person.leftOn = today.minusDays(between(30, 1000));
                if (!person.leftOn.isAfter(hired.plusMonths(6))) {
                    person.leftOn = null;
                }
            }
            people.add(person);
            staff.add(member);
        }
    }

    // ---------------------------------------------------------------- rotations

    private record Slot(Pmo pmo, PmoRole role, LocalDate start, int months, int extension) {
    }

    private void createRotations() {
        List<Slot> slots = new ArrayList<>();
        for (Pmo pmo : pmos) {
            for (PmoRole role : PmoRole.values()) {
                for (int seat = 0; seat < pmo.seatsFor(role); seat++) {
                    slots.addAll(slots.isEmpty() && !shape.generated() ? endingThisMonth(pmo, role) : chain(pmo, role));
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::start).thenComparing(slot -> slot.pmo().getCode()));
        for (Slot slot : slots) {
            fill(slot);
        }
    }

    /**
     * The demo's first seat: an 18-month rotation ending at the end of this month, then the seat's
     * chain, so that whatever the day there is a rotation ending within the at-risk days (its return
     * left open by {@link #run}).
     */
    private List<Slot> endingThisMonth(Pmo pmo, PmoRole role) {
        List<Slot> chain = new ArrayList<>();
        LocalDate start = base.minusMonths(17);
        chain.add(new Slot(pmo, role, start, 18, 0));
        for (Slot next : chain(pmo, role)) {
            if (next.start().isAfter(base)) {
                chain.add(next);
            }
        }
        return chain;
    }

    /** Consecutive rotations in one seat, from the shape's years ago (five for the demo) to a year ahead. */
    private List<Slot> chain(Pmo pmo, PmoRole role) {
        List<Slot> chain = new ArrayList<>();
        LocalDate opens = pmo.getActivePeriod().start();
        LocalDate from = opens.isAfter(base.minusYears(shape.years())) ? opens : base.minusYears(shape.years());
        LocalDate start = from.plusMonths(between(0, 8));
        while (start.isBefore(base.plusMonths(12))) {
            int months = pick(new int[]{12, 12, 15, 18, 18, 18, 21, 24, 24});
            int extension = months >= 18 && random.nextInt(100) < 25 ? months - pick(new int[]{12, 15}) : 0;
            LocalDate closes = pmo.getActivePeriod().end().orElse(null);
            if (closes != null && start.plusMonths(months).minusDays(1).isAfter(closes)) {
                months = (int) ChronoUnit.MONTHS.between(start, closes.plusDays(1));
                extension = 0;
                if (months < 12) {
                    break;
                }
            }
            chain.add(new Slot(pmo, role, start, months, extension));
            start = start.plusMonths(months).plusMonths(pick(new int[]{0, 0, 1, 2, 3}));
        }
        return chain;
    }

    private void fill(Slot slot) {
        Period planned = Period.ofMonths(slot.start(), slot.months());
        List<Person> eligible = shape.generated() ? drawEligible(slot, planned)
                : people.stream().filter(person -> person.canTake(slot, planned)).toList();
        if (eligible.isEmpty()) {
            return;
        }
        LocalDateTime proposedAt = beforeNow(slot.start().minusDays(between(45, 150)).atTime(9, between(0, 59)));
        if (random.nextInt(100) < 6 && eligible.size() > 1) {
            cancelled(slot, planned, eligible.get(random.nextInt(eligible.size())), proposedAt);
        }
        List<Person> weighted = new ArrayList<>();
        for (Person person : eligible) {
            weighted.add(person);
            if (person.rotations.isEmpty()) {
                weighted.add(person);
                weighted.add(person);
            }
        }
        Person person = weighted.get(random.nextInt(weighted.size()));
        Rotation rotation = new Rotation(person.staff, slot.pmo(), slot.role(),
                Period.ofMonths(slot.start(), slot.months() - slot.extension()), objectives(slot.role()),
                Change.by(MANAGER, proposedAt));
        rotations.add(rotation);
        person.rotations.add(rotation);
        run(rotation, person, slot, proposedAt);
    }

    private void cancelled(Slot slot, Period planned, Person person, LocalDateTime proposedAt) {
        Rotation rotation = new Rotation(person.staff, slot.pmo(), slot.role(), planned, objectives(slot.role()),
                Change.by(MANAGER, proposedAt));
        LocalDateTime last = proposedAt;
        if (random.nextBoolean()) {
            last = laterBeforeNow(last, between(1, 4));
            rotation.approve(Change.by(MANAGER, last));
        }
        rotation.cancel(Change.by(MANAGER, laterBeforeNow(last, between(5, 30))).because(CANCEL_REASONS[random.nextInt(CANCEL_REASONS.length)]));
        rotations.add(rotation);
    }

    /** Plays the lifecycle up to today: approval, start, extension, curtailment, return, completion. */
    private void run(Rotation rotation, Person person, Slot slot, LocalDateTime proposedAt) {
        LocalDate start = slot.start();
        if (start.isAfter(today)) {
            boolean soon = start.isBefore(today.plusDays(120));
            if (random.nextInt(100) < (soon ? 75 : 40)) {
                rotation.approve(Change.by(MANAGER, laterBeforeNow(proposedAt, between(2, 20))));
            }
            return;
        }
        rotation.approve(Change.by(MANAGER, proposedAt.plusDays(between(2, 20))));
        rotation.activate(Change.by(SYSTEM, start.atTime(6, 0)));
        if (slot.extension() > 0) {
            LocalDateTime extendedAt = rotation.plannedEnd().minusMonths(between(2, 4)).atTime(14, 0);
            if (extendedAt.isBefore(now)) {
                rotation.extendTo(start.plusMonths(slot.months()).minusDays(1), Change.by(MANAGER, extendedAt)
                        .because("Extended to see the " + slot.pmo().getName() + " through its next planning cycle."));
            }
        }
        LocalDate end = rotation.plannedEnd();
        boolean curtail = end.isBefore(today) && rotation.plannedMonths() >= 14 && random.nextInt(100) < 12;
        LocalDate lastEvent = rotation.getHistory().get(rotation.getHistory().size() - 1).getAt().toLocalDate();
        LocalDate curtailedEnd = latest(start.plusMonths(between(7, (int) rotation.plannedMonths() - 2)).minusDays(1).atStartOfDay(),
                lastEvent.plusDays(between(1, 30)).atStartOfDay()).toLocalDate();
        curtail = curtail && curtailedEnd.isBefore(end);
        if (curtail) {
            end = curtailedEnd;
            rotation.curtail(end, Change.by(MANAGER, end.atTime(17, 0))
                    .because(CURTAIL_REASONS[random.nextInt(CURTAIL_REASONS.length)]));
        }
        LocalDate returnStart = end.plusDays(returnGap());
        LocalDateTime reservedAt = curtail
                ? end.atTime(17, 30)
                : latest(end.minusDays(random.nextInt(100) < 75 ? between(60, 150) : between(5, 59)).atTime(11, 0),
                rotation.getHistory().get(rotation.getHistory().size() - 1).getAt().plusHours(1));
        // Ended ones have their return, half of the others have it; of those ending within the at-risk
        // days (at risk without one) the first is always left without, so that the case is there to see.
        boolean endingSoon = !end.isBefore(today) && end.isBefore(today.plusDays(Policy.DEFAULTS.atRiskDays()));
        boolean reserved = reservedAt.isBefore(now) && (end.isBefore(today) || random.nextInt(100) < 50)
                && !(endingSoon && !leftAtRisk);
        leftAtRisk |= endingSoon && !reserved;
        if (!reserved) {
            return;
        }
        int rank = person.rankOn(end);
        int before = rank;
        if (rank < 5 && random.nextInt(100) < 30) {
            rank = person.promote(returnStart);
            before = rank - 1;
        }
        Project project = projectCovering(returnStart, person.department);
        Change reserving = Change.by(MANAGER, reservedAt);
        var match = demand.matchFor(rotation, project, level(before), level(rank), returnStart, reservedAt);
        if (match.isPresent()) {
            rotation.reserveReturn(match.get(), reserving);
        } else {
            rotation.reserveReturn(project, level(rank), returnStart, reserving);
        }
        person.returns.put(rotation, project);
        if (returnStart.isAfter(today)) {
            if (!curtail && end.isBefore(today)) {
                rotation.flagOverdue(Change.by(SYSTEM, end.plusDays(1).atTime(6, 30)));
            }
            return;
        }
        rotation.confirmReturn(Change.by(SYSTEM, returnStart.atTime(6, 15)));
        if (!curtail) {
            LocalDate completedOn = returnStart.isAfter(end) ? returnStart : end.plusDays(1);
            if (completedOn.isAfter(today)) {
                return;
            }
            rotation.complete(evaluations(rotation), Change.by(SYSTEM, completedOn.atTime(6, 30)));
        } else {
            rotation.evaluate(evaluations(rotation));
        }
    }

    private int returnGap() {
        int roll = random.nextInt(100);
        if (roll < 70) {
            return between(1, 14);
        }
        return roll < 92 ? between(15, 45) : between(46, 120);
    }

    private Set<Objective> objectives(PmoRole role) {
        List<Objective> pool = role == PmoRole.PMO_MANAGER
                ? List.of(Objective.LEADERSHIP_NETWORK, Objective.PROGRAM_MANAGEMENT, Objective.PORTFOLIO_MANAGEMENT,
                Objective.ORGANISATIONAL_VISIBILITY, Objective.PROCESS_IMPROVEMENT)
                : List.of(Objective.PROCESS_IMPROVEMENT, Objective.PORTFOLIO_MANAGEMENT,
                Objective.ORGANISATIONAL_VISIBILITY, Objective.PROGRAM_MANAGEMENT, Objective.LEADERSHIP_NETWORK);
        Set<Objective> chosen = EnumSet.noneOf(Objective.class);
        int count = between(1, 3);
        while (chosen.size() < count) {
            chosen.add(pool.get(Math.min(random.nextInt(pool.size()), random.nextInt(pool.size()))));
        }
        return chosen;
    }

    private Map<Objective, Evaluation> evaluations(Rotation rotation) {
        Map<Objective, Evaluation> evaluations = new EnumMap<>(Objective.class);
        for (ObjectiveEvaluation objective : rotation.getObjectives()) {
            int roll = random.nextInt(100);
            ObjectiveRating rating = roll < 55 ? ObjectiveRating.MET : roll < 90 ? ObjectiveRating.PARTLY_MET : ObjectiveRating.NOT_MET;
            String note = switch (rating) {
                case MET -> "Clear evidence in the end-of-rotation review.";
                case PARTLY_MET -> "Good progress; to be continued in the next project role.";
                case NOT_MET -> "Too little exposure during the rotation.";
            };
            evaluations.put(objective.getObjective(), new Evaluation(rating, note));
        }
        return evaluations;
    }

    // ---------------------------------------------------------------- project roles and level history

    /**
     * Fills each person's time outside rotations with project roles, starting each return with
     * the reserved placement, and splitting roles at promotions so each role has one level.
     */
    private void createProjectRolesAndLevels() {
        for (Person person : people) {
            person.career.forEach((day, rank) -> {
                if (day.isAfter(person.staff.getHireDate())) {
                    person.staff.changeLevel(level(rank), day);
                }
            });
            LocalDate from = person.staff.getHireDate();
            Project first = null;
            List<Rotation> own = person.rotations.stream()
                    .sorted(Comparator.comparing(Rotation::startDate)).toList();
            for (Rotation rotation : own) {
                fillRoles(person, from, rotation.startDate().minusDays(1), first);
                var placement = rotation.getReturnPlacement();
                if (placement.isEmpty() || !placement.get().isConfirmed()) {
                    from = null;
                    break;
                }
                from = placement.get().getStartDate();
                first = person.returns.get(rotation);
            }
            if (from != null) {
                fillRoles(person, from, person.leftOn, first);
            }
            if (person.leftOn != null) {
                person.staff.deactivate();
            }
        }
    }

    /** Roles from {@code from} to {@code until} (open when null); none start after today. */
    private void fillRoles(Person person, LocalDate from, LocalDate until, Project firstProject) {
        LocalDate start = from;
        Project project = firstProject;
        while (!start.isAfter(today) && (until == null || !start.isAfter(until))) {
            if (project == null || !project.getPeriod().contains(start)) {
                project = projectCovering(start, person.department);
            }
            LocalDate end = start.plusMonths(between(8, 36)).minusDays(1);
            LocalDate nextLevel = person.career.higherKey(start);
            if (nextLevel != null && !nextLevel.isAfter(end)) {
                end = nextLevel.minusDays(1);
            }
            if (until != null && end.isAfter(until)) {
                end = until;
            }
            LocalDate projectEnd = project.getPeriod().end().orElse(null);
            if (projectEnd != null && end.isAfter(projectEnd)) {
                end = projectEnd;
            }
            boolean current = end.isAfter(today) && until == null && projectEnd == null && nextLevel == null;
            Period period = current ? Period.from(start) : Period.of(start, end);
            roles.add(new ProjectRole(person.staff, project, level(person.rankOn(start)), period));
            if (current) {
                return;
            }
            start = end.plusDays(1);
            project = random.nextInt(100) < 60 ? null : project;
        }
    }

    private Project projectCovering(LocalDate day, String department) {
        if (shape.generated()) {
            return drawProjectCovering(day, department);
        }
        List<Project> covering = projects.stream()
                .filter(project -> !runProjects.contains(project) && project.getPeriod().contains(day))
                .filter(project -> project.getDepartment().equals(department) || random.nextInt(100) < 25)
                .toList();
        if (!covering.isEmpty() && random.nextInt(100) < 75) {
            return covering.get(random.nextInt(covering.size()));
        }
        return runProjects.stream().filter(project -> project.getDepartment().equals(department))
                .findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- the large shape

    private static final String[] PROGRAMS = {
            "ERP Transformation", "Digital Channels", "Merger Integration", "Net Zero", "Core Banking Renewal",
            "Plant Modernisation", "Data Platform", "Customer Experience", "Shared Services", "Cyber Resilience",
            "Supply Chain Visibility", "Workplace of the Future", "Regulatory Change", "Market Expansion"};

    private final Map<String, List<Project>> projectsByDepartment = new java.util.HashMap<>();
    private final Map<String, Project> runProjectByDepartment = new java.util.HashMap<>();

    /** Ten projects per 100 staff, the eight portfolio-operations projects included, over the years of history. */
    private void createGeneratedProjects() {
        for (String[] department : DEPARTMENTS) {
            Project run = new Project(department[0] + "-RUN", department[1] + " Portfolio Operations",
                    department[1], Period.from(base.minusYears(22)));
            runProjects.add(run);
            projects.add(run);
            runProjectByDepartment.put(department[1], run);
        }
        int count = Math.max(DEPARTMENTS.length, shape.staff() / 10 - DEPARTMENTS.length);
        for (int i = 0; i < count; i++) {
            String[] department = DEPARTMENTS[i % DEPARTMENTS.length];
            LocalDate start = base.minusMonths(between(0, shape.years() * 12 + 36));
            Period period = random.nextInt(4) == 0 ? Period.from(start) : Period.ofMonths(start, between(12, 60));
            String name = PROJECT_NAMES[i % PROJECT_NAMES.length]
                    + (i < PROJECT_NAMES.length ? "" : " " + (i / PROJECT_NAMES.length + 1));
            Project project = new Project(department[0] + "-" + (101 + i), name, department[1], period);
            projects.add(project);
            projectsByDepartment.computeIfAbsent(department[1], d -> new ArrayList<>()).add(project);
        }
    }

    /**
     * 1.5 PMOs per 100 staff: a few enterprise PMOs open through the whole history, department
     * PMOs opened over the years, and program PMOs of which many close with their program.
     */
    private void createGeneratedPmos() {
        int count = Math.max(3, shape.staff() * 3 / 200);
        int enterprise = Math.max(1, count / 60);
        int department = Math.max(1, count * 2 / 5);
        int months = shape.years() * 12 + 12;
        for (int i = 1; i <= enterprise; i++) {
            pmos.add(pmo("EPMO-" + i, "Enterprise PMO " + i, PmoTier.ENTERPRISE, between(32, 50), between(9, 16),
                    months, null));
        }
        for (int i = 0; i < department; i++) {
            String[] unit = DEPARTMENTS[i % DEPARTMENTS.length];
            int number = i / DEPARTMENTS.length + 1;
            pmos.add(pmo(unit[0] + "-PMO-" + number, unit[1] + " PMO " + number, PmoTier.DEPARTMENT,
                    between(14, 32), between(5, 9), between(12, months), null));
        }
        for (int i = 0; i < count - enterprise - department; i++) {
            int opened = between(18, months);
            Integer closed = random.nextInt(100) < 45 ? opened - between(18, 84) : null;
            if (closed != null && closed < -36) {
                closed = null;
            }
            pmos.add(pmo("PRG-" + (101 + i), PROGRAMS[i % PROGRAMS.length] + " Program PMO " + (i / PROGRAMS.length + 1),
                    PmoTier.PROGRAM, between(5, 18), between(2, 7), opened, closed));
        }
    }

    /** Up to six people who meet every rule for the seat, drawn at random from everyone. */
    private List<Person> drawEligible(Slot slot, Period planned) {
        List<Person> found = new ArrayList<>();
        for (int tries = 0; tries < 120 && found.size() < 6; tries++) {
            Person person = people.get(random.nextInt(people.size()));
            if (!found.contains(person) && person.canTake(slot, planned)) {
                found.add(person);
            }
        }
        return found;
    }

    /** As the demo's: mostly a project of the person's department, sometimes another's, else its portfolio operations. */
    private Project drawProjectCovering(LocalDate day, String department) {
        if (random.nextInt(100) < 75) {
            List<Project> pool = random.nextInt(100) < 25 ? projects : projectsByDepartment.get(department);
            for (int tries = 0; tries < 40; tries++) {
                Project project = pool.get(random.nextInt(pool.size()));
                if (!runProjects.contains(project) && project.getPeriod().contains(day)) {
                    return project;
                }
            }
        }
        return runProjectByDepartment.get(department);
    }

    // ---------------------------------------------------------------- helpers

    private final class Person {
        final Staff staff;
        final String department;
        final TreeMap<LocalDate, Integer> career = new TreeMap<>();
        final List<Rotation> rotations = new ArrayList<>();
        final Map<Rotation, Project> returns = new java.util.HashMap<>();
        LocalDate leftOn;

        Person(Staff staff, String department, int rankAtHire) {
            this.staff = staff;
            this.department = department;
            career.put(staff.getHireDate(), rankAtHire);
        }

        int rankOn(LocalDate day) {
            var entry = career.floorEntry(day);
            return entry == null ? 0 : entry.getValue();
        }

        /** One step up from {@code day}; later steps move up with it, so the ladder stays in order. */
        int promote(LocalDate day) {
            int rank = Math.min(5, rankOn(day) + 1);
            career.put(day, rank);
            for (LocalDate later : new ArrayList<>(career.tailMap(day, false).keySet())) {
                career.put(later, Math.min(5, career.get(later) + 1));
            }
            int previous = 0;
            for (LocalDate key : new ArrayList<>(career.keySet())) {
                int value = career.get(key);
                if (value == previous) {
                    career.remove(key);
                }
                previous = value;
            }
            return rank;
        }

        /** The design's rules with their default thresholds, as the scheduling service checks them. */
        boolean canTake(Slot slot, Period planned) {
            int rank = rankOn(slot.start());
            int needed = slot.role() == PmoRole.PMO_MANAGER ? 3 : 1;
            if (slot.pmo().getTier() == PmoTier.ENTERPRISE) {
                needed = Math.max(needed, 2);
            }
            LocalDate end = planned.end().orElseThrow();
            if (rank < needed || staff.getHireDate().plusMonths(12).isAfter(slot.start())) {
                return false;
            }
            if (leftOn != null && !leftOn.isAfter(end.plusMonths(9))) {
                return false;
            }
            for (Rotation other : rotations) {
                LocalDate otherEnd = other.getReturnPlacement().map(p -> p.getStartDate()).orElse(other.effectiveEnd());
                boolean clearAfter = slot.start().isAfter(otherEnd.plusMonths(12));
                boolean clearBefore = end.plusMonths(12).plusDays(150).isBefore(other.startDate());
                if (!clearAfter && !clearBefore) {
                    return false;
                }
            }
            return true;
        }
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    /** {@code days} after {@code previous}, or halfway from it to now when that would be in the future. */
    private LocalDateTime laterBeforeNow(LocalDateTime previous, int days) {
        LocalDateTime candidate = previous.plusDays(days);
        return candidate.isBefore(now) ? candidate
                : previous.plusMinutes(ChronoUnit.MINUTES.between(previous, now) / 2);
    }

    private LocalDateTime beforeNow(LocalDateTime at) {
        return at.isBefore(now) ? at : now.minusDays(between(1, 20));
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    private static CareerLevel level(int rank) {
        return CareerLevel.values()[rank - 1];
    }
}
