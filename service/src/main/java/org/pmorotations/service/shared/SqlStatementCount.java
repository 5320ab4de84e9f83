package org.pmorotations.service.shared;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How many SQL statements the current thread has sent to the database since {@link #reset()}:
 * the measure behind the "no N+1" tests (a page's count must not grow with its rows).
 *
 * <p>Counting is on only when the configuration property {@code SQL_STATEMENT_COUNT} is
 * {@code true} (the integration tests set it; production leaves it off). When it is off nothing
 * is counted and EclipseLink logs exactly as it did before.
 */
public final class SqlStatementCount {

    public static final String PROPERTY = "SQL_STATEMENT_COUNT";

    private static final boolean ENABLED = configured();

    /** One mutable cell per thread, so that counting allocates nothing per statement. */
    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private SqlStatementCount() {
    }

    /**
     * Whether the configuration turns counting on. Outside the application server (the report
     * queries' own tests run them on a bare data source) there is no configuration at all, and
     * counting is off.
     */
    private static boolean configured() {
        try {
            return ConfigProvider.getConfig(SqlStatementCount.class.getClassLoader())
                    .getOptionalValue(PROPERTY, Boolean.class).orElse(false);
        } catch (IllegalStateException noConfigurationHere) {
            return false;
        }
    }

    public static boolean isEnabled() {
        return ENABLED;
    }

    /** Starts counting afresh on this thread (at the start of an HTTP request). */
    public static void reset() {
        if (ENABLED) {
            COUNT.get()[0] = 0;
        }
    }

    static void increment() {
        COUNT.get()[0]++;
    }

    /**
     * A statement this thread sent through JDBC itself, outside EclipseLink (whose statements
     * {@link SqlStatementLog} counts): the report queries call it for each statement they run.
     */
    public static void sentByJdbc() {
        if (ENABLED) {
            increment();
        }
    }

    /** The statements sent by this thread since the last {@link #reset()}. */
    public static int current() {
        return ENABLED ? COUNT.get()[0] : 0;
    }
}
