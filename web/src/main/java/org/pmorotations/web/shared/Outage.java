package org.pmorotations.web.shared;

import jakarta.resource.ResourceException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.SystemException;
import javax.transaction.xa.XAException;

/**
 * Tells a failure because the database cannot be reached (it is restarting, the network is down,
 * it refuses new connections) from any other: that one is temporary, and the answer is 503 with
 * {@code Retry-After} ("try again shortly"), not 500 ("broken"). The connection pool validates
 * every connection it hands out, so once the database is back the next request succeeds.
 */
public final class Outage {

    /** What the answers during an outage advise: try again after this many seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** What a change whose commit is in doubt is answered: the client reads it back before sending it again. */
    public static final String IN_DOUBT = "The connection to the database was lost while the change was being saved, so it may or may not"
            + " have been stored. Look it up before sending it again.";

    /**
     * SQL states of a database that cannot be reached: class 08 (connection exception), 57P01-03
     * (PostgreSQL shutting down, crashed, not accepting connections yet), 53300 (too many
     * connections), 28000 (the application's role may not log in at the moment).
     */
    private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "28000");

    private Outage() {
    }

    /**
     * Whether {@code failure} is a commit that failed without a known outcome: the connection was
     * lost while the database was committing, so the change may have been stored or not (the
     * database's acknowledgement never arrived). The transaction manager reports it as a
     * {@code SystemException} or a heuristic outcome; a {@code RollbackException} is a known
     * outcome (nothing stored) and is not in doubt.
     */
    public static boolean isCommitInDoubt(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SystemException || cause instanceof HeuristicMixedException || cause instanceof HeuristicRollbackException) {
                return isCause(failure);
            }
        }
        return false;
    }

    /** Whether {@code failure}, or one of its causes, says the database cannot be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // The transaction manager reports a connection that failed while committing as an
            // XAException carrying the resource's failure in its message only (no cause): the
            // database went away mid-commit, and PostgreSQL rolls back what it did not commit.
            if (cause instanceof XAException || cause instanceof ResourceException || cause instanceof ConnectException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNREACHABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null && isCause(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }
}
