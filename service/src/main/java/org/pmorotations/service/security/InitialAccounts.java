package org.pmorotations.service.security;

import org.pmorotations.domain.security.PasswordPolicy;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.security.UserAccount;

import java.time.Clock;
import org.pmorotations.service.shared.Clocks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pmorotations.service.demo.DemoDataStartup;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.staff.Staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first accounts of a database that has none. There is no default password that works in
 * production:
 * <ul>
 *   <li>with {@code ADMIN_PASSWORD} set (12 characters or more), an administrator {@code admin};</li>
 *   <li>otherwise in demo mode (the demo organisation was asked for), the demo accounts
 *       {@code admin}, {@code pmo.manager}, {@code leader} and {@code staff}, with the password of
 *       {@code DEMO_PASSWORD} or a random one, printed once in the log and kept in
 *       {@code DATA_DIR/demo-password.txt} (readable by its owner only), where a person finds it
 *       again after a restart;</li>
 *   <li>otherwise none, and a warning that says how to create the administrator.</li>
 * </ul>
 */
@Startup
@Singleton
@DependsOn("DemoDataStartup")
public class InitialAccounts {

    public static final String ADMIN = "admin";
    /** Where a random demo password is kept, under {@code DATA_DIR}. */
    public static final String DEMO_PASSWORD_FILE = "demo-password.txt";
    private static final List<String> DEMO_USERS = List.of(ADMIN, "pmo.manager", "leader", "staff");
    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHashing hashing;

    @Inject
    AuditService audit;

    @Inject
    DemoDataStartup demo;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "DEMO_PASSWORD")
    Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = "DATA_DIR", defaultValue = "./data")
    String dataDir;

    @PostConstruct
    void createWhenNone() {
        if (em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult() > 0) {
            return;
        }
        if (adminPassword.isPresent()) {
            try {
                create(ADMIN, adminPassword.get(), EnumSet.of(Role.ADMIN), null);
                LOG.info("Administrator account \"admin\" created with the password of ADMIN_PASSWORD");
            } catch (RuntimeException e) {
                LOG.severe("No administrator created: ADMIN_PASSWORD is refused (" + e.getMessage() + ")");
            }
        } else if (demo.isDemoMode()) {
            String password = demoPassword.orElseGet(() -> keep(randomPassword()));
            create(ADMIN, password, EnumSet.of(Role.ADMIN), null);
            create("pmo.manager", password, EnumSet.of(Role.PMO_MANAGER), null);
            create("leader", password, EnumSet.of(Role.LEADER), null);
            Optional<Staff> person = em.createQuery("select r.staff from Rotation r where r.status = :status"
                            + " and r.staff.active = true order by r.staff.employeeNumber.value", Staff.class)
                    .setParameter("status", RotationStatus.COMPLETED).setMaxResults(1).getResultStream().findFirst();
            person.ifPresent(staff -> create("staff", password, EnumSet.of(Role.STAFF), staff));
            LOG.info("Demo accounts created: admin, pmo.manager, leader" + person.map(staff -> ", staff (" + staff.getFullName()
                    + ", " + staff.getEmployeeNumber() + ")").orElse("") + ". Their password: " + password
                    + (demoPassword.isPresent() ? " (DEMO_PASSWORD)" : " (also kept in " + passwordFile() + ")"));
        } else {
            LOG.warning("There are no user accounts, so nobody can sign in. Set ADMIN_PASSWORD (at least "
                    + PasswordPolicy.MIN_LENGTH + " characters) and restart to create the administrator \"admin\".");
        }
    }

    /**
     * How a person signs in to the demo, for the line printed when the application is ready: the
     * demo accounts that exist and where their password is; empty outside demo mode.
     */
    public Optional<String> demoSignIn() {
        if (!demo.isDemoMode()) {
            return Optional.empty();
        }
        List<String> present = DEMO_USERS.stream().filter(username -> !em.createNamedQuery(UserAccount.FIND_BY_USERNAME)
                .setParameter("username", username).getResultList().isEmpty()).toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Path file = passwordFile();
        String where = demoPassword.isPresent() ? "the value of DEMO_PASSWORD"
                : Files.isReadable(file) ? "in " + file
                : "the one printed in the log when they were created";
        return Optional.of("demo accounts " + String.join(", ", present) + "; their password: " + where);
    }

    private Path passwordFile() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve(DEMO_PASSWORD_FILE);
    }

    /** Writes a generated demo password where its owner alone may read it; the log has it anyway. */
    private String keep(String password) {
        Path file = passwordFile();
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            LOG.warning("The demo password is not kept in " + file + ": it was created at the same moment by someone else");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The demo password is not kept in " + file + " (" + e.getMessage() + "); it is in this log only", e);
        }
        return password;
    }

    private void create(String username, String password, EnumSet<Role> roles, Staff staff) {
        UserAccount account = new UserAccount(username, hashing.hash(password, username), roles, staff,
                Clocks.utc(clock));
        em.persist(account);
        audit.record("ACCOUNT_CREATED", AccountService.SUBJECT, username, null, account.describe());
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
