package org.pmorotations.service.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The one clock of the application, injected wherever today or now is needed, so that "today"
 * is the same day on every page, in every service and in the daily job. Its zone is the
 * setting {@code TIME_ZONE} (an IANA zone such as {@code Europe/Berlin}), by default the
 * server's own. Moments that are stored (history, audit, sign-ins) are kept in UTC:
 * {@link #utc(Clock)}.
 */
@ApplicationScoped
public class Clocks {

    private final Clock clock;

    protected Clocks() {
        // for the CDI proxy
        this.clock = null;
    }

    @Inject
    public Clocks(@ConfigProperty(name = "TIME_ZONE") Optional<String> zone) {
        this.clock = of(zone.orElse(null));
    }

    /** The clock of {@code zone}, or of the system's zone when it is blank; an unknown zone stops the start with its name. */
    static Clock of(String zone) {
        if (zone == null || zone.isBlank()) {
            return Clock.systemDefaultZone();
        }
        try {
            return Clock.system(ZoneId.of(zone.strip()));
        } catch (DateTimeException unknown) {
            throw new IllegalStateException("TIME_ZONE is \"" + zone.strip() + "\", which is not a time zone; give one such as"
                    + " Europe/Berlin or UTC, or leave it unset for the server's zone.", unknown);
        }
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    /** Now in UTC, as stored moments are kept. */
    public static LocalDateTime utc(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
