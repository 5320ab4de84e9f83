package org.pmorotations.web.security;

import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.security.UserAccount;
import org.pmorotations.service.security.AccountService;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.pmorotations.domain.staff.Staff;

import java.util.Optional;

/**
 * The signed-in user as the pages need them: name, roles for the navigation, and the staff
 * member they are. The navigation only hides what the server refuses anyway.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    private Optional<UserAccount> account;

    public boolean isSignedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return isSignedIn() ? securityContext.getCallerPrincipal().getName() : null;
    }

    /** The person's name when the account is a staff member's, the user name otherwise. */
    public String getDisplayName() {
        return account().map(UserAccount::getStaff).map(Staff::getFullName).orElse(getUsername());
    }

    public Optional<String> employeeNumber() {
        return account().map(UserAccount::getStaff).map(staff -> staff.getEmployeeNumber().value());
    }

    public String getEmployeeNumber() {
        return employeeNumber().orElse(null);
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Role.ADMIN_NAME);
    }

    public boolean isPmoManager() {
        return securityContext.isCallerInRole(Role.PMO_MANAGER_NAME);
    }

    public boolean isLeader() {
        return securityContext.isCallerInRole(Role.LEADER_NAME);
    }

    public boolean isStaff() {
        return securityContext.isCallerInRole(Role.STAFF_NAME);
    }

    /** Sees everyone's data: every role but STAFF alone. */
    public boolean isReadingAll() {
        return isAdmin() || isPmoManager() || isLeader();
    }

    public boolean isAuditReader() {
        return isAdmin() || isLeader();
    }

    private Optional<UserAccount> account() {
        if (account == null) {
            account = isSignedIn() ? accounts.find(getUsername()) : Optional.empty();
        }
        return account;
    }
}
