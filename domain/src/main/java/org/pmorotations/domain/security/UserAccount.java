package org.pmorotations.domain.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.staff.Staff;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's (or a service's) way into the application: a user name, a password hash, one or
 * more {@link Role}s and, for a person, the staff member they are.
 *
 * <p>Keeps: a lower-case user name of letters, digits, dots, hyphens and underscores; at least
 * one role; a STAFF account is linked to a staff member (it reads their own history); only a
 * hash of the password, never the password; after {@value #LOCK_AFTER_FAILURES} failed sign-ins
 * in a row the account is locked for {@link #LOCK_DURATION}, and a success resets the count.
 */
@Entity
@Table(name = "user_account")
@NamedQueries({
        @NamedQuery(name = UserAccount.FIND_BY_USERNAME, query = "select a from UserAccount a where a.username = :username"),
        @NamedQuery(name = UserAccount.FIND_ALL, query = "select a from UserAccount a left join fetch a.staff order by a.username"),
        @NamedQuery(name = UserAccount.COUNT_ALL, query = "select count(a) from UserAccount a"),
        @NamedQuery(name = UserAccount.FIND_BY_STAFF, query = "select a from UserAccount a where a.staff = :staff")
})
public class UserAccount extends BaseEntity {

    public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
    public static final String FIND_ALL = "UserAccount.findAll";
    public static final String COUNT_ALL = "UserAccount.countAll";
    public static final String FIND_BY_STAFF = "UserAccount.findByStaff";

    public static final int USERNAME_MAX = 60;
    public static final int LOCK_AFTER_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(5);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?");

    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id", unique = true)
    private Staff staff;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_sign_in")
    private LocalDateTime lastSignIn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, Collection<Role> roles, Staff staff, LocalDateTime createdAt) {
        this.username = normaliseUsername(username);
        this.passwordHash = Objects.requireNonNull(passwordHash, "An account needs a password hash");
        this.createdAt = Objects.requireNonNull(createdAt);
        this.staff = staff;
        changeRoles(roles);
    }

    public static String normaliseUsername(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("username", "The user name is required.");
        }
        String stripped = raw.strip();
        if (stripped.length() > USERNAME_MAX || !USERNAME.matcher(stripped.toLowerCase(Locale.ROOT)).matches()
                || !stripped.chars().allMatch(c -> c < 128)) {
            throw new InvalidValueException("username", "The user name \"" + stripped + "\" must be 1 to " + USERNAME_MAX
                    + " letters, digits, dots, hyphens or underscores, starting and ending with a letter or digit.");
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    public void changeRoles(Collection<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidValueException("roles", "Choose at least one role.");
        }
        EnumSet<Role> chosen = EnumSet.copyOf(newRoles);
        if (chosen.contains(Role.STAFF) && staff == null) {
            throw new InvalidValueException("staff", "A STAFF account must be linked to a staff member, whose history it reads.");
        }
        this.roles = chosen;
    }

    public void linkTo(Staff member) {
        this.staff = member;
        if (member == null && roles.contains(Role.STAFF)) {
            throw new InvalidValueException("staff", "A STAFF account must be linked to a staff member, whose history it reads.");
        }
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        unlock();
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        unlock();
    }

    public boolean isLockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A wrong password; locks the account when it is the {@value #LOCK_AFTER_FAILURES}th in a row. */
    public boolean recordFailedSignIn(LocalDateTime now) {
        failedSignIns++;
        if (failedSignIns >= LOCK_AFTER_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    public void recordSignIn(LocalDateTime now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignIn = now;
    }

    private void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Staff getStaff() {
        return staff;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastSignIn() {
        return lastSignIn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** The values an audit entry records (never the password or its hash). */
    public String describe() {
        return "roles=" + roles + ", enabled=" + enabled + ", staff=" + (staff == null ? "-" : staff.getEmployeeNumber());
    }
}
