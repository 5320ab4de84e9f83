package org.pmorotations.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.project.ProjectRole;
import org.pmorotations.rotation.Rotation;
import org.pmorotations.security.Role;
import org.pmorotations.security.UserAccount;
import org.pmorotations.shared.ConflictException;
import org.pmorotations.shared.DomainException;
import org.pmorotations.shared.NotFoundException;

import java.util.List;
import java.util.Optional;

/**
 * Reads staff members and their history. Keeps the row rule of "who may do what": a user whose
 * only role is STAFF reads their own history and nobody else's; every other role reads all.
 */
@Stateless
public class StaffService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @jakarta.inject.Inject
    org.pmorotations.security.AuditService audit;

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
        List<Rotation> rotations = em.createQuery("select r from Rotation r join fetch r.pmo where r.staff = :staff"
                        + " order by r.planned.startDate", Rotation.class)
                .setParameter("staff", staff).getResultList();
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
                : "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
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

    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Staff create(StaffInput input) {
        requireFields(input);
        EmployeeNumber number = EmployeeNumber.of(input.employeeNumber());
        if (find(number).isPresent()) {
            throw new ConflictException("employeeNumber", "A staff member " + number + " exists already.");
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
     * {@link ConflictException} and changes nothing.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME})
    public Staff update(String employeeNumber, StaffInput input) {
        requireFields(input);
        EmployeeNumber number = EmployeeNumber.of(employeeNumber);
        Staff staff = find(number).orElseThrow(() -> new NotFoundException("There is no staff member " + number + "."));
        staff.requireVersion(input.version(), staff.getFullName());
        if (input.employeeNumber() != null && !EmployeeNumber.of(input.employeeNumber()).equals(number)) {
            throw new DomainException("employeeNumber", "The employee number is the key and does not change.");
        }
        if (!staff.getHireDate().equals(input.hireDate())) {
            throw new DomainException("hireDate", "The hire date " + staff.getHireDate() + " starts the career history and does not change.");
        }
        String before = describe(staff);
        staff.rename(input.fullName());
        staff.changeContact(input.email(), input.department());
        if (input.level() != staff.getLevel()) {
            java.time.LocalDate today = java.time.LocalDate.now();
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
            throw new ConflictException("version", "Someone changed " + staff.getFullName() + " at the same moment. Read it again.");
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
            throw new DomainException("body", "The staff member is missing.");
        }
        if (input.hireDate() == null) {
            throw new DomainException("hireDate", "The hire date is required.");
        }
        if (input.level() == null) {
            throw new DomainException("level", "The career level is required.");
        }
        if (!Staff.isEmailAddress(input.email())) {
            throw new DomainException("email", "\"" + input.email() + "\" is not an e-mail address.");
        }
    }

    static String describe(Staff staff) {
        return staff.getFullName() + ", " + staff.getEmail() + ", " + staff.getDepartment() + ", hired " + staff.getHireDate()
                + ", " + staff.getLevel() + (staff.isActive() ? "" : ", inactive");
    }

    private void requireMayRead(EmployeeNumber number) {
        if (context.isCallerInRole(Role.ADMIN_NAME) || context.isCallerInRole(Role.PMO_MANAGER_NAME)
                || context.isCallerInRole(Role.LEADER_NAME)) {
            return;
        }
        String caller = context.getCallerPrincipal().getName();
        Optional<String> own = em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", caller)
                .getResultStream().findFirst()
                .map(UserAccount::getStaff)
                .map(staff -> staff.getEmployeeNumber().value());
        if (own.isEmpty() || !own.get().equals(number.value())) {
            throw new EJBAccessException("A staff member reads only their own history.");
        }
    }
}
