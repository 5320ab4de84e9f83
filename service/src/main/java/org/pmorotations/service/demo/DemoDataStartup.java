package org.pmorotations.service.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pmorotations.service.shared.DatabaseMigrations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demo organisation at start-up, after the migrations, when {@code DEMO_DATA} asks for
 * it: {@code auto} (the default) loads it into an empty embedded database only, {@code true} into
 * any empty database (PostgreSQL included), {@code false} never. A database that holds staff or
 * PMOs is never touched.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    @ConfigProperty(name = "DEMO_DATA", defaultValue = "auto")
    String mode;

    @Inject
    Clock clock;

    @Inject
    DatabaseMigrations database;

    @Inject
    DemoDataLoader loader;

    private boolean demoMode;

    /** Whether this installation was asked for the demo organisation (whether or not it loaded it now). */
    public boolean isDemoMode() {
        return demoMode;
    }

    @PostConstruct
    void loadWhenAsked() {
        String wanted = mode.strip().toLowerCase(Locale.ROOT);
        boolean load = switch (wanted) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> database.isEmbedded();
            default -> throw new IllegalStateException("DEMO_DATA must be auto, true or false, not \"" + mode + "\"");
        };
        demoMode = load;
        if (!load) {
            LOG.info(() -> "Demo data not loaded (DEMO_DATA=" + wanted + ", database " + database.databaseProduct() + ")");
            return;
        }
        try {
            loader.loadIfEmpty(LocalDate.now(clock)).ifPresentOrElse(
                    summary -> LOG.info(() -> "Demo data loaded: " + summary),
                    () -> LOG.info("Demo data not loaded: the database already holds data"));
        } catch (EJBException e) {
            // Another instance starting at the same time may have loaded it first; the
            // unique keys rolled this attempt back whole.
            LOG.log(Level.WARNING, "Demo data not loaded: " + e.getMessage(), e);
        }
    }
}
