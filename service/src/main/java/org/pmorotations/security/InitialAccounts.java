package org.pmorotations.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pmorotations.demo.DemoDataStartup;
import org.pmorotations.rotation.RotationStatus;
import org.pmorotations.staff.Staff;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first accounts of a database that has none. There is no default password that works in
 * production:
 * <ul>
 *   <li>with {@code ADMIN_PASSWORD} set (12 characters or more), an administrator {@code admin};</li>
 *   <li>otherwise in demo mode (the demo organisation was asked for), the demo accounts
 *       {@code admin}, {@code pmo.manager}, {@code leader} and {@code staff}, with the password of
 *       {@code DEMO_PASSWORD} or a random one, printed once in the log;</li>
 *   <li>otherwise none, and a warning that says how to create the administrator.</li>
 * </ul>
 */
@Startup
@Singleton
@DependsOn("DemoDataStartup")
public class InitialAccounts {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext
    private EntityManager em;

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
            String password = demoPassword.orElseGet(InitialAccounts::randomPassword);
            create(ADMIN, password, EnumSet.of(Role.ADMIN), null);
            create("pmo.manager", password, EnumSet.of(Role.PMO_MANAGER), null);
            create("leader", password, EnumSet.of(Role.LEADER), null);
            Optional<Staff> person = em.createQuery("select r.staff from Rotation r where r.status = :status"
                            + " and r.staff.active = true order by r.staff.employeeNumber.value", Staff.class)
                    .setParameter("status", RotationStatus.COMPLETED).setMaxResults(1).getResultStream().findFirst();
            person.ifPresent(staff -> create("staff", password, EnumSet.of(Role.STAFF), staff));
            LOG.info("Demo accounts created: admin, pmo.manager, leader" + person.map(staff -> ", staff (" + staff.getFullName()
                    + ", " + staff.getEmployeeNumber() + ")").orElse("") + ". Their password, shown only this once: " + password);
        } else {
            LOG.warning("There are no user accounts, so nobody can sign in. Set ADMIN_PASSWORD (at least "
                    + PasswordHashing.MIN_LENGTH + " characters) and restart to create the administrator \"admin\".");
        }
    }

    private void create(String username, String password, EnumSet<Role> roles, Staff staff) {
        UserAccount account = new UserAccount(username, hashing.hash(password, username), roles, staff,
                LocalDateTime.now(ZoneOffset.UTC));
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
