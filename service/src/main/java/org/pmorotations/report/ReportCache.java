package org.pmorotations.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.pmorotations.rotation.Policy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report summaries and benches computed last, per day, filter and policy, each handed out
 * again only while the data it was computed from is unchanged: every read first reads the
 * {@link DataFingerprint} (one statement, far cheaper than the figures) and compares it with the
 * one the figures were computed at. So the figures are right with several instances writing to
 * one database, not only for this instance's own changes. A repeat view costs the fingerprint; the
 * first view after any change to the tables the figures read costs the fingerprint and the
 * figures, as without the cache.
 *
 * <p>The key holds the day resolved (today's figures are not tomorrow's), the filter and what of
 * the policy the figures use (the at-risk days of the summary, the whole policy for the bench),
 * read from the database on every request by the caller. Bounded: the {@link #CAPACITY} entries
 * used last are kept. Thread-safe; two concurrent misses of one key compute it twice, and the
 * later one stays.
 */
@ApplicationScoped
public class ReportCache {

    /** Days times filters a leader may look at in a while; each entry is a few kilobytes (a bench at most some hundred). */
    public static final int CAPACITY = 200;

    /** Computes figures on a connection. */
    public interface Computation<T> {
        T compute(Connection connection) throws SQLException;
    }

    private record Key(String what, LocalDate asOf, ReportFilter filter, Object policy) {
    }

    private record Entry(DataFingerprint fingerprint, Object figures) {
    }

    private final Map<Key, Entry> entries;

    public ReportCache() {
        this(CAPACITY);
    }

    ReportCache(int capacity) {
        entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The summary as {@link ReportQueries#summary} computes it, from the cache when the data is unchanged. */
    public ReportSummary summary(Connection connection, LocalDate asOf, ReportFilter filter, int atRiskDays) throws SQLException {
        ReportFilter where = filter == null ? ReportFilter.NONE : filter;
        return cached(connection, new Key("summary", asOf, where, atRiskDays), ReportSummary.class,
                c -> new ReportQueries(c).summary(asOf, where, atRiskDays));
    }

    /** The bench as {@link ReportQueries#bench} computes it, from the cache when the data is unchanged. */
    public Bench bench(Connection connection, LocalDate asOf, ReportFilter filter, Policy policy) throws SQLException {
        ReportFilter where = filter == null ? ReportFilter.NONE : filter;
        return cached(connection, new Key("bench", asOf, where, policy), Bench.class,
                c -> new ReportQueries(c).bench(asOf, where, policy));
    }

    private <T> T cached(Connection connection, Key key, Class<T> type, Computation<T> computation) throws SQLException {
        // Read before the figures: a change committed in between leaves figures newer than their
        // fingerprint, which only costs a computation more on the next read.
        DataFingerprint now = DataFingerprint.read(connection);
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.fingerprint().equals(now)) {
            return type.cast(entry.figures());
        }
        T figures = computation.compute(connection);
        synchronized (entries) {
            entries.put(key, new Entry(now, figures));
        }
        return figures;
    }

    /** How many figures are kept (for the tests). */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
