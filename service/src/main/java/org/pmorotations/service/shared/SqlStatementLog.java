package org.pmorotations.service.shared;

import org.eclipse.persistence.logging.JavaLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * The server's EclipseLink logger (java.util.logging, as Payara's own), which also counts the SQL
 * statements of each thread for {@link SqlStatementCount}. Named by {@code eclipselink.logging.logger}
 * in persistence.xml.
 *
 * <p>EclipseLink builds an SQL log entry only when its logger says it would log SQL at FINE. With
 * counting on, this logger says so, counts the entry and prints it only if the configured levels
 * ask for it; with counting off, every decision and every line is {@link JavaLog}'s, unchanged.
 */
public class SqlStatementLog extends JavaLog {

    @Override
    public boolean shouldLog(int level, String category) {
        return countsStatement(level, category) || super.shouldLog(level, category);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (countsStatement(entry.getLevel(), entry.getNameSpace())) {
            SqlStatementCount.increment();
            if (!super.shouldLog(entry.getLevel(), entry.getNameSpace())) {
                return;
            }
        }
        super.log(entry);
    }

    private static boolean countsStatement(int level, String category) {
        return SqlStatementCount.isEnabled() && level == SessionLog.FINE && SessionLog.SQL.equals(category);
    }
}
