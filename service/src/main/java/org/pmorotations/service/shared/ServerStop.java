package org.pmorotations.service.shared;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Whether this server is stopping. It is from the moment the process is asked to stop (SIGTERM,
 * Ctrl-C): a shutdown hook of the JVM says so while the server's grace period
 * ({@code --shutdowngrace}) still lets the requests in flight finish, so that the readiness check
 * answers DOWN at once (a load balancer sends no new requests) and the daily job starts no run it
 * may not finish. A CDI bean, not an EJB: the readiness check asks it while the application is
 * still starting, before the EJB container takes calls.
 */
@ApplicationScoped
public class ServerStop {

    private static final Logger LOG = Logger.getLogger(ServerStop.class.getName());

    private final AtomicBoolean stopping = new AtomicBoolean();
    private Thread hook;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object started) {
        hook = new Thread(this::begin, "pmo-rotations-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @PreDestroy
    void undeployed() {
        stopping.set(true);
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException stopAlreadyUnderWay) {
            // the process is stopping: the hook has run or is running
        }
    }

    private void begin() {
        if (stopping.compareAndSet(false, true)) {
            LOG.info("Stopping: readiness answers DOWN; requests in flight finish within the grace period");
        }
    }

    public boolean isStopping() {
        return stopping.get();
    }
}
