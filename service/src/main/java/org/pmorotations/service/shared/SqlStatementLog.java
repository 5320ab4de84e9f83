package org.pmorotations.service.shared;

import org.eclipse.persistence.logging.JavaLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

import java.util.regex.Pattern;

/**
 * The server's EclipseLink logger (java.util.logging, as Payara's own), which also counts the SQL
 * statements of each thread for {@link SqlStatementCount}. Named by {@code eclipselink.logging.logger}
 * in persistence.xml.
 *
 * <p>EclipseLink builds an SQL log entry only when its logger says it would log SQL at FINE. With
 * counting on, this logger says so, counts the entry and prints it only if the configured levels
 * ask for it; with counting off, every decision and every line is {@link JavaLog}'s, unchanged.
 *
 * <p>A fetch of the id sequence is not counted: it hands out the ids of the next 50 new rows,
 * whichever requests make them, so which request happens to send it depends on what ran before,
 * not on what the request does.
 */
public class SqlStatementLog extends JavaLog {

    private static final Pattern SEQUENCE_FETCH = Pattern.compile("(?i)\\bnextval\\s*\\(|\\bNEXT VALUE FOR\\b");

    @Override
    public boolean shouldLog(int level, String category) {
        return countsStatement(level, category) || super.shouldLog(level, category);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (countsStatement(entry.getLevel(), entry.getNameSpace())) {
            if (!isSequenceFetch(entry.getMessage())) {
                SqlStatementCount.increment();
            }
            if (!super.shouldLog(entry.getLevel(), entry.getNameSpace())) {
                return;
            }
        }
        super.log(entry);
    }

    /** {@code SELECT nextval('entity_seq')} on PostgreSQL, {@code ... NEXT VALUE FOR entity_seq} on H2. */
    static boolean isSequenceFetch(String sql) {
        return sql != null && SEQUENCE_FETCH.matcher(sql).find();
    }

    private static boolean countsStatement(int level, String category) {
        return SqlStatementCount.isEnabled() && level == SessionLog.FINE && SessionLog.SQL.equals(category);
    }
}
