package org.pmorotations.service.rotation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, after the migrations and the demo data, today's run of the daily job if it was not
 * done: the server was down at its hour, or was killed during it. A failure (the database cannot
 * be reached) is logged and does not stop the start; the timer tries again at its hour.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "DemoDataStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyJobStartup {

    private static final Logger LOG = Logger.getLogger(DailyJobStartup.class.getName());

    @Inject
    RotationDailyJob job;

    @PostConstruct
    void catchUp() {
        try {
            job.runForToday().ifPresent(done -> LOG.info(() -> "Daily job caught up at start-up: " + done));
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Daily job not caught up at start-up: " + e.getMessage(), e);
        }
    }
}
