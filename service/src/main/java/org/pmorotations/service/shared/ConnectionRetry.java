package org.pmorotations.service.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * How long a read waits for the database when its connection was lost. EclipseLink tries a read
 * outside a transaction again when its connection failed: the first time at once, then after a
 * pause. Its pause is 5 seconds, three tries in all, so during an outage every page and API read
 * took 10 seconds to answer that the database cannot be reached. Here the pause is half a second:
 * a connection ended by a database restart is still replaced at once (the pool hands out only
 * validated connections), a database that is down is answered as such within a second (503 with
 * {@code Retry-After}, the "temporarily unavailable" page), and the client, not the request
 * thread, waits for it to come back.
 */
public class ConnectionRetry implements SessionCustomizer {

    /** The pause before each try after the first, immediate, one. */
    static final int PAUSE_MILLIS = 500;
    /** Tries after the failed one: at once, then after each pause. */
    static final int RETRIES = 3;

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(RETRIES);
        session.getLogin().setDelayBetweenConnectionAttempts(PAUSE_MILLIS);
    }
}
