package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationChanged;
import org.pmorotations.domain.rotation.RotationCommand;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.rotation.RulesBrokenException;
import org.pmorotations.domain.rotation.ScheduleRequest;
import org.pmorotations.domain.rotation.Violation;

import org.pmorotations.service.shared.SqlTerms;
import org.pmorotations.service.shared.Clocks;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.rotation.ReturnMatch;
import org.pmorotations.service.project.Backfills;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.service.security.AuditService;
import org.pmorotations.service.security.Caller;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.NotFoundException;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rotations: the dry run of the rules, every change through {@link #apply} (a
 * {@link RotationCommand}), the candidates for a seat, and reading one.
 *
 * <p>Concurrency: two managers booking the last seat, or one person, at the same moment must not
 * both succeed. {@link #apply} locks the person's row and then the PMO's row before it reads the
 * rotations it checks against: changes for one PMO, and for one person, run one after the other;
 * changes for different PMOs and people do not wait for each other.
 */
@Stateless
public class RotationService {

    public static final String SUBJECT = "ROTATION";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    PolicyService policies;

    @Inject
    AuditService audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<RotationChanged> changes;

    @Inject
    Backfills backfills;

    @Inject
    ReturnFills returnFills;

    /** The dry run: every rule the request would break, nothing written. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public List<Violation> check(ScheduleRequest request) {
        Proposal proposal = proposal(request, false);
        return violations(proposal);
    }

    /**
     * The dry run of an edit of proposal {@code rotationId} to the request's seat, period and
     * objectives: every rule the edit would break, the proposal itself left out of the comparisons
     * (as {@link RotationCommand.EditProposal} checks them), nothing written.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public List<Violation> checkEdit(long rotationId, ScheduleRequest request) {
        Rotation rotation = em.find(Rotation.class, rotationId);
        if (rotation == null) {
            throw new NotFoundException("There is no rotation " + rotationId + ".");
        }
        Proposal asked = proposal(request, false);
        return violations(edited(rotation, asked.pmo(), asked.role(), asked.period()));
    }

    /** The proposal as an edit would leave it: START_DATE only if its start moves (a start already passed may stay). */
    private static Proposal edited(Rotation rotation, Pmo pmo, org.pmorotations.domain.pmo.PmoRole role, Period period) {
        return new Proposal(rotation.getStaff(), pmo, role, period, rotation, period.start().equals(rotation.startDate()));
    }

    /**
     * Applies one change to a rotation, the one way every page, the board and the API change one.
     * In this order, so that each refusal is the first one the author can do something about:
     * <ol>
     *   <li>the rotation, or the person and the PMO of a new one, read and locked ({@code SELECT ...
     *       FOR UPDATE}, the person's row and then the PMO's, always in that order, so two changes
     *       cannot deadlock): changes to one PMO, and to one person, run one after the other;</li>
     *   <li>for a stored rotation, the version its author read, compared under those locks, so no
     *       other change slips in between (a missing one is a
     *       {@link org.pmorotations.domain.shared.VersionRequiredException}, a stale one a
     *       {@link org.pmorotations.domain.shared.StaleVersionException}, nothing changed);</li>
     *   <li>the rotation's state, which must allow the command ({@link Rotation#require});</li>
     *   <li>every rule, where the command changes the period or approves a proposal, with the
     *       rotation itself left out of the comparisons ({@link RulesBrokenException} with all of
     *       them);</li>
     *   <li>the rotation's own method for the change, which refuses what else it does not allow
     *       (a curtailment's day outside the rotation, a return before its start) and records the
     *       history entry;</li>
     *   <li>the audit log, with the rotation before and after;</li>
     *   <li>one {@link RotationChanged} event, which observers see once the transaction has
     *       committed.</li>
     * </ol>
     * A database constraint cannot express "at most N overlapping periods", and optimistic locking
     * would not see a concurrent insert; the row locks work the same on H2 and PostgreSQL.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Rotation apply(RotationCommand command) {
        if (command == null) {
            throw new InvalidValueException("body", "The request is empty.");
        }
        if (command instanceof RotationCommand.Schedule schedule) {
            Change change = change();
            Rotation rotation = propose(schedule.request(), change);
            audit.record(command.action(), SUBJECT, String.valueOf(rotation.getId()), null, describe(rotation));
            publish(command, rotation, change);
            return rotation;
        }
        RotationCommand.OnRotation change = (RotationCommand.OnRotation) command;
        Rotation rotation = lockedForChange(change);
        if (change.needsVersion()) {
            rotation.requireVersion(change.version(), "the rotation of " + rotation.getStaff().getFullName());
        }
        // The state first: a rotation that cannot take the change is told so, not which rules the change would break.
        rotation.require(change.kind());
        String before = describe(rotation);
        Change made = applyTo(rotation, change, change());
        em.flush();
        audit.record(command.action(), SUBJECT, String.valueOf(rotation.getId()), before, describe(rotation));
        publish(command, rotation, made);
        return rotation;
    }

    /** The one event of a change, which observers see once the transaction has committed. */
    private void publish(RotationCommand command, Rotation rotation, Change change) {
        changes.fire(new RotationChanged(command, rotation.getId(), rotation.getVersion(), rotation.getStatus(), change));
    }

    private Rotation propose(ScheduleRequest request, Change change) {
        Proposal unlocked = proposal(request, true);
        requireRules(unlocked);
        if (request.objectives() == null || request.objectives().isEmpty()) {
            throw new InvalidValueException("objectives", "Choose at least one development objective.");
        }
        Rotation rotation = new Rotation(unlocked.staff(), unlocked.pmo(), unlocked.role(), unlocked.period(),
                request.objectives(), change);
        em.persist(rotation);
        em.flush();
        return rotation;
    }

    /** The command's change, made on the locked rotation of the version its author read; answers the change with its reason, if any. */
    private Change applyTo(Rotation rotation, RotationCommand.OnRotation command, Change change) {
        if (command instanceof RotationCommand.Approve) {
            // The facts may have changed since it was proposed.
            requireRules(new Proposal(rotation.getStaff(), rotation.getPmo(), rotation.getRole(), rotation.getPlanned(), rotation, true));
            rotation.approve(change);
            backfills.open(rotation.getStaff(), rotation.getId(), rotation.startDate(), change);
        } else if (command instanceof RotationCommand.Reschedule reschedule) {
            Period period = Period.of(reschedule.start(), reschedule.end());
            requireRules(new Proposal(rotation.getStaff(), rotation.getPmo(), rotation.getRole(), period, rotation, false));
            rotation.reschedule(period, change);
            backfills.move(rotation.getId(), period.start(), change);
        } else if (command instanceof RotationCommand.Extend extend) {
            Period longer = Period.ofMonths(rotation.startDate(), (int) rotation.plannedMonths() + extend.months());
            requireRules(new Proposal(rotation.getStaff(), rotation.getPmo(), rotation.getRole(), longer, rotation, true));
            rotation.extendTo(longer.end().orElseThrow(), change);
        } else if (command instanceof RotationCommand.Curtail curtail) {
            Change because = change.because(curtail.reason());
            rotation.curtail(curtail.lastDay(), because);
            return because;
        } else if (command instanceof RotationCommand.Cancel cancel) {
            Change because = change.because(cancel.reason());
            rotation.cancel(because);
            backfills.restore(rotation.getId(), because);
            return because;
        } else if (command instanceof RotationCommand.ReserveReturn reserve) {
            org.pmorotations.domain.project.Project project = org.pmorotations.domain.project.Project.findByCode(em, reserve.projectCode())
                    .orElseThrow(() -> new InvalidValueException("projectCode", "There is no project " + reserve.projectCode() + "."));
            if (reserve.start() != null && !project.getPeriod().contains(reserve.start())) {
                throw new InvalidValueException("start", "Project " + project.getCode() + " runs " + project.getPeriod() + "; the return on "
                        + reserve.start() + " is outside it.");
            }
            rotation.reserveReturn(project, reserve.level(), reserve.start(), change);
        } else if (command instanceof RotationCommand.ReserveMatchedReturn matched) {
            OpenRole role = em.find(OpenRole.class, matched.openRole(), LockModeType.PESSIMISTIC_WRITE);
            if (role == null) {
                throw new InvalidValueException("openRole", "There is no open role " + matched.openRole() + ".");
            }
            ReturnMatch.Returning person = ReturnMatch.Returning.from(rotation);
            ReturnMatch match = ReturnMatch.of(person, role).orElseThrow(() -> new InvalidValueException("openRole",
                    "This open role is no way back for " + person.name() + ": " + ReturnMatch.whyNot(person, role).orElse("") + "."));
            rotation.reserveReturn(match, change);
        } else if (command instanceof RotationCommand.ConfirmReturn) {
            // Allowed once the return's start has come (the daily job does the same for returns it finds started).
            rotation.confirmReturn(change);
            returnFills.confirmed(rotation, change);
        } else if (command instanceof RotationCommand.Complete complete) {
            // RETURN_PLAN: the rotation refuses to complete without a return placement.
            rotation.complete(complete.evaluations(), change);
        } else if (command instanceof RotationCommand.EditProposal edit) {
            Pmo pmo = pmo(edit.pmoCode());
            Period period = Period.ofMonths(edit.start(), edit.months());
            requireRules(edited(rotation, pmo, edit.role(), period));
            rotation.editProposal(pmo, edit.role(), period, edit.objectives(), change);
        } else if (command instanceof RotationCommand.AddNote note) {
            Change because = change.because(note.text());
            rotation.note(because);
            return because;
        } else {
            throw new IllegalStateException("No change is defined for " + command);
        }
        return change;
    }

    /**
     * The command's rotation, with its person and its PMO locked, in that order; an edit of a
     * proposal to another PMO locks that one too, the two PMOs in the order of their ids, so two
     * edits between the same PMOs cannot deadlock.
     */
    private Rotation lockedForChange(RotationCommand.OnRotation command) {
        Rotation rotation = em.find(Rotation.class, command.rotation());
        if (rotation == null) {
            throw new NotFoundException("There is no rotation " + command.rotation() + ".");
        }
        em.lock(rotation.getStaff(), LockModeType.PESSIMISTIC_WRITE);
        List<Pmo> pmos = new ArrayList<>(List.of(rotation.getPmo()));
        if (command instanceof RotationCommand.EditProposal edit) {
            Pmo.findByCode(em, edit.pmoCode()).filter(other -> !other.equals(rotation.getPmo())).ifPresent(pmos::add);
        }
        pmos.sort(Comparator.comparing(Pmo::getId));
        pmos.forEach(pmo -> em.lock(pmo, LockModeType.PESSIMISTIC_WRITE));
        em.refresh(rotation);
        return rotation;
    }

    private void requireRules(Proposal proposal) {
        List<Violation> violations = violations(proposal);
        if (!violations.isEmpty()) {
            throw new RulesBrokenException(violations);
        }
    }

    /** One rotation; a STAFF-only user sees only their own (anyone else's is refused like a missing one). */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
    public Optional<Rotation> find(long id) {
        // The person, the PMO and the return placement with its project in one statement, then the
        // history and the objectives: three statements, whatever the rotation holds.
        Optional<Rotation> rotation = em.createQuery("select r from Rotation r join fetch r.staff join fetch r.pmo"
                        + " where r.id = :id", Rotation.class)
                .setParameter("id", id)
                .setHint("eclipselink.left-join-fetch", "r.returnPlacement.project")
                .getResultStream().findFirst();
        rotation.ifPresent(found -> {
            found.getHistory().size();
            found.getObjectives().size();
        });
        if (rotation.isPresent() && !caller.mayRead(rotation.get().getStaff().getEmployeeNumber().value())) {
            throw new EJBAccessException("A staff member reads only their own rotations.");
        }
        return rotation;
    }

    /**
     * The people who satisfy every rule for a seat, ranked (see {@link Candidates}), at most
     * {@code limit}. The database ranks the people who may qualify and hands them over a hundred
     * first, then in rounds twice as long, best first ({@link #rankedPeople}); each is checked against every rule here,
     * until {@code limit} candidates are sure of their place. Usually one round: the seat's
     * rotations, then the ranked page, its people and their rotations, whatever the number of staff.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public List<Candidate> candidates(String pmoCode, org.pmorotations.domain.pmo.PmoRole role, LocalDate start, Integer months, int limit) {
        if (role == null || start == null || months == null) {
            throw new InvalidValueException(role == null ? "role" : start == null ? "start" : "months",
                    "Candidates are found for a PMO, a role, a start date and a number of months.");
        }
        Candidates.Seat seat = new Candidates.Seat(pmo(pmoCode), role, Period.ofMonths(start, months));
        Policy policy = policies.current();
        int wanted = Math.max(1, limit);
        List<Rotation> seatRotations = seatRotations(seat.pmo(), seat.role(), seat.period());
        LocalDate today = LocalDate.now(clock);
        List<Candidate> passed = new ArrayList<>();
        for (int offset = 0, round = 0; ; round++) {
            int examined = CANDIDATES_EXAMINED << Math.min(round, LONGEST_ROUND);
            List<RankedPerson> ranked = rankedPeople(seat, policy, offset, examined);
            offset += examined;
            List<Staff> people = people(ranked);
            Map<Staff, List<Rotation>> theirRotations = rotationsOf(people);
            if (round == 0 && !people.isEmpty() && Candidates.nobodyCanTake(people.get(0), theirRotations.get(people.get(0)), seat,
                    seatRotations, policy, today)) {
                return List.of();
            }
            passed.addAll(Candidates.rank(people, theirRotations, seat, seatRotations, policy, today));
            passed.sort(Candidates.order(seat));
            boolean everyoneSeen = ranked.size() < examined;
            // Those not yet examined rank after the last one handed over (no two people rank alike:
            // the id settles the rest); only candidates before it are sure of their place.
            Candidates.Rank boundary = everyoneSeen ? null : ranked.get(ranked.size() - 1).rank();
            List<Candidate> placed = boundary == null ? passed
                    : passed.stream().filter(candidate -> Candidates.rankOf(candidate, seat).compareTo(boundary) < 0).toList();
            if (everyoneSeen || placed.size() >= wanted) {
                return List.copyOf(placed.subList(0, Math.min(wanted, placed.size())));
            }
        }
    }

    /**
     * How many people the database hands over in the first round, best-ranked first, to be
     * checked against every rule. Each further round hands over twice as many as the one before,
     * up to {@code 2^LONGEST_ROUND} times the first: a long list (every candidate of a large
     * directory) takes a handful of rounds, not one per hundred people.
     */
    static final int CANDIDATES_EXAMINED = 100;
    private static final int LONGEST_ROUND = 4;

    private record RankedPerson(long id, Candidates.Rank rank) {
    }

    /**
     * One page of the people who may be candidates, in the order of {@link Candidates.Rank}: the
     * active staff hired early enough (TENURE) whose level on the start date qualifies
     * (ELIGIBILITY), never rotated first, then by the end of their latest rotation, level and
     * hire date. Only rules the rank does not decide (overlap, cool-off, seats) are left to
     * {@link SchedulingRules}, which checks every rule again. One statement; the database reads
     * the people and their rotations, the application only the page.
     */
    private List<RankedPerson> rankedPeople(Candidates.Seat seat, Policy policy, int offset, int count) {
        LocalDate start = seat.period().start();
        String level = SqlTerms.levelRank("lc.career_level");
        String sql = "SELECT c.id, c.last_end, c.level_rank, c.hire_date FROM (SELECT s.id AS id, s.hire_date AS hire_date,"
                + " l.last_end AS last_end, (SELECT " + level + " FROM level_change lc"
                + " WHERE lc.staff_id = s.id AND lc.effective <= ?1 ORDER BY lc.effective DESC FETCH FIRST 1 ROWS ONLY) AS level_rank"
                + " FROM staff s LEFT JOIN (SELECT r.staff_id AS staff_id, MAX(COALESCE(r.actual_end, r.planned_end)) AS last_end"
                + " FROM rotation r WHERE " + SqlTerms.in("r.status", RotationStatus.RESERVING_A_SEAT) + " GROUP BY r.staff_id) l ON l.staff_id = s.id"
                + " WHERE s.active = TRUE AND s.hire_date <= ?2) c WHERE c.level_rank >= ?3"
                + " ORDER BY CASE WHEN c.last_end IS NULL THEN 0 ELSE 1 END, c.last_end, c.level_rank, c.hire_date, c.id"
                + " OFFSET ?4 ROWS FETCH NEXT ?5 ROWS ONLY";
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, java.sql.Date.valueOf(start))
                .setParameter(2, java.sql.Date.valueOf(start.minusMonths(policy.tenureMonths())))
                .setParameter(3, SchedulingRules.requiredLevel(seat.pmo(), seat.role(), policy).rank())
                .setParameter(4, offset)
                .setParameter(5, count)
                .getResultList();
        List<RankedPerson> ranked = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            ranked.add(new RankedPerson(((Number) columns[0]).longValue(),
                    new Candidates.Rank(day(columns[1]), ((Number) columns[2]).intValue(), day(columns[3]), ((Number) columns[0]).longValue())));
        }
        return ranked;
    }

    private static LocalDate day(Object value) {
        return value == null ? null : value instanceof LocalDate local ? local : ((java.sql.Date) value).toLocalDate();
    }

    /** The people of a page with their level histories (ELIGIBILITY reads the level on the start date). */
    private List<Staff> people(List<RankedPerson> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct s from Staff s left join fetch s.levelHistory where s.id in :ids", Staff.class)
                .setParameter("ids", ranked.stream().map(RankedPerson::id).toList())
                .setHint(QueryHints.READ_ONLY, true).getResultList();
    }

    /** The rotations, cancelled aside, of each of {@code people}. */
    private Map<Staff, List<Rotation>> rotationsOf(List<Staff> people) {
        // By identity: entities hash by class (BaseEntity), so a HashMap of many people is one bucket
        // searched in full on every look-up. Read-only results need not be the same instances as the
        // people read before them, so the rotations are matched to the people by id.
        Map<Staff, List<Rotation>> rotations = new IdentityHashMap<>();
        if (people.isEmpty()) {
            return rotations;
        }
        Map<Long, List<Rotation>> byPerson = new HashMap<>();
        em.createQuery("select r from Rotation r join fetch r.pmo join fetch r.staff where r.staff.id in :ids and r.status <> :cancelled",
                        Rotation.class)
                .setParameter("ids", people.stream().map(Staff::getId).toList())
                .setParameter("cancelled", RotationStatus.CANCELLED)
                .setHint(QueryHints.READ_ONLY, true).getResultList()
                .forEach(rotation -> byPerson.computeIfAbsent(rotation.getStaff().getId(), id -> new ArrayList<>()).add(rotation));
        people.forEach(person -> rotations.put(person, byPerson.getOrDefault(person.getId(), List.of())));
        return rotations;
    }

    private List<Violation> violations(Proposal proposal) {
        List<Rotation> own = em.createQuery("select r from Rotation r join fetch r.pmo where r.staff = :staff", Rotation.class)
                .setParameter("staff", proposal.staff()).getResultList();
        return SchedulingRules.check(proposal, own, seatRotations(proposal.pmo(), proposal.role(), proposal.period()),
                policies.current(), LocalDate.now(clock));
    }

    private List<Rotation> seatRotations(Pmo pmo, org.pmorotations.domain.pmo.PmoRole role, Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end().orElseThrow();
        return em.createQuery("select r from Rotation r join fetch r.staff where r.pmo = :pmo and r.role = :role"
                        + " and r.status <> :cancelled and r.planned.startDate <= :end"
                        + " and coalesce(r.actualEnd, r.planned.endDate) >= :start", Rotation.class)
                .setParameter("pmo", pmo).setParameter("role", role)
                .setParameter("cancelled", RotationStatus.CANCELLED)
                .setParameter("start", start).setParameter("end", end)
                .getResultList();
    }

    private Proposal proposal(ScheduleRequest request, boolean lock) {
        if (request == null) {
            throw new InvalidValueException("body", "The request is empty.");
        }
        if (request.role() == null) {
            throw new InvalidValueException("role", "The PMO role is required (PMO_ANALYST or PMO_MANAGER).");
        }
        if (request.start() == null) {
            throw new InvalidValueException("start", "The start date is required.");
        }
        if (request.months() == null) {
            throw new InvalidValueException("months", "The number of months is required.");
        }
        Staff staff = em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NUMBER, Staff.class)
                .setParameter("employeeNumber", EmployeeNumber.of(request.employeeNumber()).value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidValueException("employeeNumber", "There is no staff member " + request.employeeNumber() + "."));
        Pmo pmo = pmo(request.pmoCode());
        if (lock) {
            em.lock(staff, LockModeType.PESSIMISTIC_WRITE);
            em.lock(pmo, LockModeType.PESSIMISTIC_WRITE);
        }
        return new Proposal(staff, pmo, request.role(), Period.ofMonths(request.start(), request.months()), null, false);
    }

    private Pmo pmo(String code) {
        return Pmo.findByCode(em, code)
                .orElseThrow(() -> new InvalidValueException("pmoCode", "There is no PMO " + code + "."));
    }

    private Change change() {
        return Change.by(context.getCallerPrincipal().getName(), Clocks.utc(clock));
    }

    private static String describe(Rotation rotation) {
        return rotation.getStaff().getEmployeeNumber() + " in " + rotation.getPmo().getCode() + " as " + rotation.getRole()
                + " from " + rotation.startDate() + " to " + rotation.plannedEnd() + ", " + rotation.getStatus();
    }
}
