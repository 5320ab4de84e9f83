package org.pmorotations.service.security;

import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.security.UserAccount;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Who is calling, for the row rule of the design: ADMIN, PMO_MANAGER and LEADER read everyone's
 * staff data; a STAFF-only account reads only the staff member it is linked to. The services ask
 * here and refuse on their own terms (each says what the staff member may not see).
 *
 * <p>The caller's identity and roles are those of the bean that calls this one: a session bean
 * called by another runs in the same security context.
 */
@Stateless
@PermitAll
@DeclareRoles({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
public class Caller {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** The signed-in user name. */
    public String name() {
        return context.getCallerPrincipal().getName();
    }

    /** True for the roles that read every staff member's data. */
    public boolean readsEveryone() {
        return context.isCallerInRole(Role.ADMIN_NAME) || context.isCallerInRole(Role.PMO_MANAGER_NAME)
                || context.isCallerInRole(Role.LEADER_NAME);
    }

    /** The employee number of the staff member linked to the caller's account, if any. */
    public Optional<String> ownEmployeeNumber() {
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", name())
                .getResultStream().findFirst()
                .map(UserAccount::getStaff)
                .map(staff -> staff.getEmployeeNumber().value());
    }

    /** Whether the caller may read the staff member with this employee number (normalised). */
    public boolean mayRead(String employeeNumber) {
        return readsEveryone() || ownEmployeeNumber().map(own -> own.equals(employeeNumber)).orElse(false);
    }
}
