package org.pmorotations.service.security;

import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.security.UserAccount;

import org.pmorotations.service.shared.Clocks;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * User accounts: what an administrator does with them, and the sign-in bookkeeping (failures,
 * lockout). Every change is audited with the values before and after; passwords never are.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.PMO_MANAGER_NAME, Role.LEADER_NAME, Role.STAFF_NAME})
public class AccountService {

    public static final String SUBJECT = "ACCOUNT";
    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditService audit;


    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserAccount> list() {
        return em.createNamedQuery(UserAccount.FIND_ALL, UserAccount.class).getResultList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccount create(String username, String password, Set<Role> roles, String employeeNumber) {
        String name = UserAccount.normaliseUsername(username);
        if (find(name).isPresent()) {
            throw new InvalidValueException("username", "An account \"" + name + "\" already exists.");
        }
        UserAccount account = new UserAccount(name, hashing.hash(password, name), roles, staffFor(employeeNumber, null), now());
        em.persist(account);
        audit.record("ACCOUNT_CREATED", SUBJECT, name, null, account.describe());
        return account;
    }

    /** New roles and, for a person, the staff member the account belongs to. */
    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccount changeRoles(String username, Set<Role> roles, String employeeNumber) {
        UserAccount account = get(username);
        String before = account.describe();
        account.linkTo(null == employeeNumber || employeeNumber.isBlank() ? null : staffFor(employeeNumber, account));
        account.changeRoles(roles);
        audit.record("ACCOUNT_ROLES_CHANGED", SUBJECT, account.getUsername(), before, account.describe());
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccount disable(String username, String callerName) {
        UserAccount account = get(username);
        if (account.getUsername().equals(callerName)) {
            throw new InvalidValueException("enabled", "You cannot disable your own account.");
        }
        String before = account.describe();
        account.disable();
        audit.record("ACCOUNT_DISABLED", SUBJECT, account.getUsername(), before, account.describe());
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public UserAccount enable(String username) {
        UserAccount account = get(username);
        String before = account.describe();
        account.enable();
        audit.record("ACCOUNT_ENABLED", SUBJECT, account.getUsername(), before, account.describe());
        return account;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void resetPassword(String username, String newPassword) {
        UserAccount account = get(username);
        account.changePasswordHash(hashing.hash(newPassword, account.getUsername()));
        audit.record("ACCOUNT_PASSWORD_RESET", SUBJECT, account.getUsername(), null, null);
    }

    @PermitAll
    public Optional<UserAccount> find(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Whether sign-ins to this account are refused for now, after repeated failures. */
    @PermitAll
    public boolean isLocked(String username) {
        return find(username).map(account -> account.isLockedAt(now())).orElse(false);
    }

    /** A failed sign-in: counted against the account (if there is one) and audited, never with the password. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signInFailed(String username, String from) {
        String name = username == null ? "" : username.strip();
        boolean locked = findForUpdate(name).map(account -> account.recordFailedSignIn(now())).orElse(false);
        LOG.warning(() -> "Failed sign-in for \"" + name + "\" from " + from + (locked ? "; account locked for "
                + UserAccount.LOCK_DURATION.toMinutes() + " minutes" : ""));
        audit.record(locked ? "SIGN_IN_FAILED_LOCKED" : "SIGN_IN_FAILED", SUBJECT, name.isEmpty() ? "-" : name, null, "from " + from);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signInRefusedWhileLocked(String username, String from) {
        LOG.warning(() -> "Sign-in for locked account \"" + username + "\" from " + from + " refused");
        audit.record("SIGN_IN_LOCKED", SUBJECT, username, null, "from " + from);
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String username, String from, boolean recordInAudit) {
        findForUpdate(username).ifPresent(account -> account.recordSignIn(now()));
        if (recordInAudit) {
            audit.record("SIGN_IN", SUBJECT, username, null, "from " + from);
        }
    }

    /**
     * The account, its row locked until the transaction ends: sign-ins and failures of one account
     * at the same moment (two tabs, a script) are counted one after the other, each on the other's
     * result, instead of one of them failing on a stale version (and a failure going uncounted).
     */
    private Optional<UserAccount> findForUpdate(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private UserAccount get(String username) {
        return find(username).orElseThrow(() -> new InvalidValueException("username", "There is no account \"" + username + "\"."));
    }

    private Staff staffFor(String employeeNumber, UserAccount account) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return null;
        }
        EmployeeNumber number = EmployeeNumber.of(employeeNumber);
        Staff staff = em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NUMBER, Staff.class)
                .setParameter("employeeNumber", number.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidValueException("employeeNumber", "There is no staff member " + number + "."));
        em.createNamedQuery(UserAccount.FIND_BY_STAFF, UserAccount.class).setParameter("staff", staff)
                .getResultStream().filter(other -> !other.equals(account)).findFirst()
                .ifPresent(other -> {
                    throw new InvalidValueException("employeeNumber", staff.getFullName() + " (" + number
                            + ") already has the account \"" + other.getUsername() + "\".");
                });
        return staff;
    }

    private LocalDateTime now() {
        return Clocks.utc(clock);
    }
}
