package org.pmorotations.service.staff;

import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import org.pmorotations.service.shared.SqlTerms;
import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.project.ProjectRole;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.domain.shared.DuplicateException;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.NotFoundException;

import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads staff members and their history. Keeps the row rule of "who may do what": a user whose
 * only role is STAFF reads their own history and nobody else's; every other role reads all.
 */
@Stateless
public class StaffService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    @jakarta.inject.Inject
    org.pmorotations.service.security.AuditService audit;

    @jakarta.inject.Inject
    org.pmorotations.service.security.Caller caller;

    /**
     * A staff member's career history: level changes, rotations (with their PMO) and project roles
     * (with their project), oldest first; three queries whatever the length of the history.
     *
     * @throws EJBAccessException for a STAFF user asking for someone else, whether that person exists or not
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
    public StaffProfile profile(String employeeNumber) {
        EmployeeNumber number = EmployeeNumber.of(employeeNumber);
        requireMayRead(number);
        Staff staff = em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NUMBER, Staff.class)
                .setParameter("employeeNumber", number.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no staff member " + number + "."));
        // The return placement (with its project) joined, the objectives in one batch: a long history costs no more statements.
        List<Rotation> rotations = em.createQuery("select r from Rotation r join fetch r.pmo where r.staff = :staff"
                        + " order by r.planned.startDate", Rotation.class)
                .setParameter("staff", staff)
                .setHint("eclipselink.left-join-fetch", "r.returnPlacement.project")
                .setHint("eclipselink.batch", "r.objectives")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        List<ProjectRole> roles = em.createQuery("select pr from ProjectRole pr join fetch pr.project where pr.staff = :staff"
                        + " order by pr.period.startDate", ProjectRole.class)
                .setParameter("staff", staff).getResultList();
        return new StaffProfile(staff, List.copyOf(staff.getLevelHistory()), rotations, roles);
    }

    /** Staff whose name or employee number contains {@code q}, at {@code level} if given, by name; the database pages. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public StaffPage search(String q, CareerLevel level, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), 200);
        String pattern = q == null || q.isBlank() ? null
                : SqlTerms.containing(q);
        // Conditions only for the filters given: a null parameter has no type PostgreSQL could infer.
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (pattern != null) {
            where.append(" and (lower(s.fullName) like :pattern escape '\\' or lower(s.employeeNumber.value) like :pattern escape '\\')");
        }
        if (level != null) {
            where.append(" and s.level = :level");
        }
        jakarta.persistence.TypedQuery<Staff> page0 = em.createQuery("select s from Staff s" + where
                + " order by s.fullName, s.employeeNumber.value", Staff.class);
        jakarta.persistence.TypedQuery<Long> count = em.createQuery("select count(s) from Staff s" + where, Long.class);
        if (pattern != null) {
            page0.setParameter("pattern", pattern);
            count.setParameter("pattern", pattern);
        }
        if (level != null) {
            page0.setParameter("level", level);
            count.setParameter("level", level);
        }
        List<Staff> items = page0.setFirstResult(Math.max(page, 0) * pageSize).setMaxResults(pageSize).getResultList();
        long total = count.getSingleResult();
        return new StaffPage(items, total);
    }

    /** How many people match the directory's filters (its sort and page aside). */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public long directoryCount(DirectoryQuery query) {
        List<Object> parameters = new ArrayList<>();
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM staff s" + directoryWhere(query, parameters));
        bind(count, parameters);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * One page of the staff directory: filtered, sorted and paged by the database. What each person
     * on the page does today and when their last rotation ended come from two more queries for the
     * whole page, never one per row: a page costs three statements whatever its size and however
     * many staff there are. Only the sort by months since the last rotation joins the rotations of
     * everyone (it must order by them); the other sorts page the staff table alone.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<DirectoryRow> directory(DirectoryQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = directoryWhere(query, parameters);
        String from = query.sort() == DirectoryQuery.Sort.MONTHS_SINCE_ROTATION
                ? " FROM staff s LEFT JOIN (SELECT r.staff_id, MAX(COALESCE(r.actual_end, r.planned_end)) AS last_end"
                + " FROM rotation r WHERE " + SqlTerms.in("r.status", RotationStatus.STARTED) + " GROUP BY r.staff_id) lr ON lr.staff_id = s.id"
                : " FROM staff s";
        String sql = "SELECT s.id, s.employee_number, s.full_name, s.career_level, s.department" + from + where
                + " ORDER BY " + directoryOrder(query) + ", s.employee_number"
                + " OFFSET " + query.first() + " ROWS FETCH FIRST " + query.size() + " ROWS ONLY";
        Query page = em.createNativeQuery(sql);
        bind(page, parameters);
        @SuppressWarnings("unchecked")
        List<Object[]> found = page.getResultList();
        List<Long> ids = found.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, DirectoryRow.Position> positions = new HashMap<>();
        Map<Long, LocalDate> lastEnds = new HashMap<>();
        readToday(LocalDate.now(clock), ids, positions, lastEnds);
        return found.stream().map(row -> {
            long id = ((Number) row[0]).longValue();
            return new DirectoryRow((String) row[1], (String) row[2], CareerLevel.valueOf((String) row[3]), (String) row[4],
                    lastEnds.get(id), positions.get(id));
        }).toList();
    }

    /** The departments staff belong to, alphabetically: the choices of the directory's filter. */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME})
    public List<String> departments() {
        return em.createQuery("select distinct s.department from Staff s order by s.department", String.class).getResultList();
    }

    private static String directoryWhere(DirectoryQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.text() != null && !query.text().isBlank()) {
            String pattern = SqlTerms.containing(query.text());
            parameters.add(pattern);
            parameters.add(pattern);
            // The lower-cased name and number the database keeps (migration V8): no LOWER of every row.
            where.append(" AND (s.name_key LIKE ?").append(parameters.size() - 1).append(SqlTerms.LIKE_ESCAPE)
                    .append(" OR s.number_key LIKE ?").append(parameters.size()).append(SqlTerms.LIKE_ESCAPE).append(")");
        }
        if (query.level() != null) {
            parameters.add(query.level().name());
            where.append(" AND s.career_level = ?").append(parameters.size());
        }
        if (query.department() != null && !query.department().isBlank()) {
            parameters.add(query.department());
            where.append(" AND s.department = ?").append(parameters.size());
        }
        if (query.rotated() != null) {
            where.append(query.rotated() ? " AND EXISTS" : " AND NOT EXISTS").append(" (SELECT 1 FROM rotation r WHERE r.staff_id = s.id"
                    + " AND " + SqlTerms.in("r.status", RotationStatus.STARTED) + ")");
        }
        return where.toString();
    }

    /** Column names from a fixed list, never from the request. "Never rotated" counts as the longest time since. */
    private static String directoryOrder(DirectoryQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        return switch (query.sort()) {
            case NAME -> "s.full_name" + direction;
            case EMPLOYEE_NUMBER -> "s.employee_number" + direction;
            case DEPARTMENT -> "s.department" + direction + ", s.full_name";
            case LEVEL -> SqlTerms.levelRank("s.career_level") + direction + ", s.full_name";
            case MONTHS_SINCE_ROTATION -> query.descending()
                    ? "lr.last_end ASC NULLS FIRST, s.full_name"
                    : "lr.last_end DESC NULLS LAST, s.full_name";
        };
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }

    /**
     * For these people: today's primary assignment (a PMO seat wins over a project role) and the end
     * of their latest rotation that took place. Two queries for them all.
     */
    private void readToday(LocalDate day, List<Long> staffIds, Map<Long, DirectoryRow.Position> positions,
                           Map<Long, LocalDate> lastEnds) {
        if (staffIds.isEmpty()) {
            return;
        }
        em.createQuery("select pr.staff.id, p.name, pr.level from ProjectRole pr join pr.project p where pr.staff.id in :ids"
                        + " and pr.period.startDate <= :day and (pr.period.endDate is null or pr.period.endDate >= :day)", Object[].class)
                .setParameter("ids", staffIds).setParameter("day", day).getResultList()
                .forEach(row -> positions.put((Long) row[0], new DirectoryRow.Position(DirectoryRow.Position.Kind.PROJECT,
                        (String) row[1], ((CareerLevel) row[2]).name())));
        em.createQuery("select r.staff.id, p.name, r.role, r.status, r.planned.endDate, r.actualEnd from Rotation r join r.pmo p"
                        + " where r.staff.id in :ids and r.status in :tookPlace", Object[].class)
                .setParameter("ids", staffIds)
                .setParameter("tookPlace", List.of(RotationStatus.ACTIVE, RotationStatus.COMPLETED, RotationStatus.CURTAILED))
                .getResultList()
                .forEach(row -> {
                    Long id = (Long) row[0];
                    LocalDate end = row[5] != null ? (LocalDate) row[5] : (LocalDate) row[4];
                    lastEnds.merge(id, end, (a, b) -> a.isAfter(b) ? a : b);
                    if (row[3] == RotationStatus.ACTIVE) {
                        positions.put(id, new DirectoryRow.Position(DirectoryRow.Position.Kind.PMO, (String) row[1], row[2].toString()));
                    }
                });
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Staff create(StaffInput input) {
        requireFields(input);
        EmployeeNumber number = EmployeeNumber.of(input.employeeNumber());
        if (find(number).isPresent()) {
            throw new DuplicateException("employeeNumber", "A staff member " + number + " exists already.");
        }
        Staff staff = new Staff(number, input.fullName(), input.email(), input.department(), input.hireDate(), input.level());
        if (Boolean.FALSE.equals(input.active())) {
            staff.deactivate();
        }
        em.persist(staff);
        em.flush();
        audit.record("STAFF_CREATED", StaffImportService.SUBJECT, number.value(), null, describe(staff));
        return staff;
    }

    /**
     * Updates name, e-mail, department, active flag and level (a different level is recorded as a
     * level change effective today). The client sends the version it read: a stale one is a
     * {@link StaleVersionException} and changes nothing.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Staff update(String employeeNumber, StaffInput input) {
        requireFields(input);
        EmployeeNumber number = EmployeeNumber.of(employeeNumber);
        Staff staff = find(number).orElseThrow(() -> new NotFoundException("There is no staff member " + number + "."));
        staff.requireVersion(input.version(), staff.getFullName());
        if (input.employeeNumber() != null && !EmployeeNumber.of(input.employeeNumber()).equals(number)) {
            throw new InvalidValueException("employeeNumber", "The employee number is the key and does not change.");
        }
        if (!staff.getHireDate().equals(input.hireDate())) {
            throw new InvalidValueException("hireDate", "The hire date " + staff.getHireDate() + " starts the career history and does not change.");
        }
        String before = describe(staff);
        staff.rename(input.fullName());
        staff.changeContact(input.email(), input.department());
        if (input.level() != staff.getLevel()) {
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            staff.changeLevel(input.level(), today.isBefore(staff.getHireDate()) ? staff.getHireDate() : today);
        }
        if (input.active() != null && input.active() != staff.isActive()) {
            if (input.active()) {
                staff.reactivate();
            } else {
                staff.deactivate();
            }
        }
        try {
            em.flush();
        } catch (jakarta.persistence.OptimisticLockException concurrent) {
            throw new StaleVersionException("Someone changed " + staff.getFullName() + " at the same moment. Read it again.");
        }
        audit.record("STAFF_UPDATED", StaffImportService.SUBJECT, number.value(), before, describe(staff));
        return staff;
    }

    private Optional<Staff> find(EmployeeNumber number) {
        return em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NUMBER, Staff.class)
                .setParameter("employeeNumber", number.value()).getResultStream().findFirst();
    }

    private static void requireFields(StaffInput input) {
        if (input == null) {
            throw new InvalidValueException("body", "The staff member is missing.");
        }
        if (input.hireDate() == null) {
            throw new InvalidValueException("hireDate", "The hire date is required.");
        }
        if (input.level() == null) {
            throw new InvalidValueException("level", "The career level is required.");
        }
    }

    static String describe(Staff staff) {
        return staff.getFullName() + ", " + staff.getEmail() + ", " + staff.getDepartment() + ", hired " + staff.getHireDate()
                + ", " + staff.getLevel() + (staff.isActive() ? "" : ", inactive");
    }

    private void requireMayRead(EmployeeNumber number) {
        if (!caller.mayRead(number.value())) {
            throw new EJBAccessException("A staff member reads only their own history.");
        }
    }
}
