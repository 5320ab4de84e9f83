package org.pmorotations.service.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.pmorotations.domain.rotation.Policy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
 * used last are kept. Thread-safe; concurrent misses of one key on the same data compute it once
 * (the others wait for it); misses on different data (a change committed between them) each
 * compute their own, and the entry of the later one to start stays.
 */
@ApplicationScoped
public class ReportCache {

    /**
     * Days times filters looked at in a while. At 20,000 staff a summary holds about 2,300 seat fill
     * rows (per PMO, role and day), some 0.5 MB: at most about 30 MB in all.
     */
    public static final int CAPACITY = 64;

    /** Computes figures on a connection. */
    public interface Computation<T> {
        T compute(Connection connection) throws SQLException;
    }

    record Key(String what, LocalDate asOf, ReportFilter filter, Object policy) {
    }

    /** Figures computed, or being computed, from the data of one fingerprint. */
    private record Entry(DataFingerprint fingerprint, CompletableFuture<Object> figures) {
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

    /**
     * The figures of {@code key} for the data as it is now. Requests that miss together on the same
     * data wait for one computation rather than each running their own: after a change, a page
     * opened by many people at once costs the figures once.
     */
    <T> T cached(Connection connection, Key key, Class<T> type, Computation<T> computation) throws SQLException {
        // Read before the figures: a change committed in between leaves figures newer than their
        // fingerprint, which only costs a computation more on the next read, never stale figures.
        DataFingerprint now = DataFingerprint.read(connection);
        Entry entry;
        boolean mine = false;
        synchronized (entries) {
            entry = entries.get(key);
            if (entry == null || !entry.fingerprint().equals(now)) {
                entry = new Entry(now, new CompletableFuture<>());
                entries.put(key, entry);
                mine = true;
            }
        }
        if (!mine) {
            try {
                return type.cast(entry.figures().join());
            } catch (CompletionException | CancellationException e) {
                // The computation waited for failed (its own request has the error): this one tries for itself.
                return computation.compute(connection);
            }
        }
        try {
            T figures = computation.compute(connection);
            entry.figures().complete(figures);
            return figures;
        } catch (SQLException | RuntimeException | Error e) {
            entry.figures().completeExceptionally(e);
            synchronized (entries) {
                entries.remove(key, entry);
            }
            throw e;
        }
    }

    /** How many figures are kept (for the tests). */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
