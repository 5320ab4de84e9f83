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
