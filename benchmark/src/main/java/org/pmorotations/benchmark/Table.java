package org.pmorotations.benchmark;

import java.util.Locale;
import java.util.Properties;

/** Two runs side by side (2,000 and 20,000 staff), the growth from one to the other, and the targets. */
final class Table {

    private static final String[][] SCENARIOS = {
            {"dashboard", "dashboard page, repeat (cached)", ""},
            {"dashboard.uncached", "dashboard page, first after a change", ""},
            {"summary", "GET /api/v1/reports/summary, repeat", ""},
            {"summary.uncached", "summary, first after a change", "<= 2x floor"},
            {"floor", "summary figures, one SQL query (floor)", ""},
            {"fingerprint", "data check of a cached view (1 query)", ""},
            {"fingerprint.computed", "data check, computed (no H2 result reuse)", ""},
            {"directory", "staff directory, name and level filter", "p95 < 150 ms"},
            {"history", "a staff member's history", "p95 < 150 ms"},
            {"board", "rotation board, a quarter, one tier", "p95 < 150 ms"},
            {"queue", "work queue (a PMO manager's Overview)", "p95 < 150 ms"},
            {"matches", "GET /api/v1/rotations/{id}/return-matches", "p95 < 100 ms"},
            {"returns", "returns page (every rotation ending in 6 months)", "p95 < 300 ms"},
            {"search", "plan form's person search (2-4 letters)", "p95 < 50 ms"},
            {"check", "POST /api/v1/rotations/check", "p95 < 10 ms"},
            {"schedule", "POST /api/v1/rotations (schedule)", ""},
            {"candidates", "GET /api/v1/rotations/candidates", ""}};

    private Table() {
    }

    static void print(Properties small, Properties large) {
        System.out.printf(Locale.ROOT, "%-40s %19s %19s %8s  %s%n", "server time, ms", "p50 / p95 small", "p50 / p95 large",
                "growth", "target at the large size");
        for (String[] scenario : SCENARIOS) {
            String key = scenario[0];
            if (!small.containsKey(key + ".p50") && !large.containsKey(key + ".p50")) {
                continue; // not measured on this database (or left out with --only)
            }
            double growth = value(large, key + ".p95") / value(small, key + ".p95");
            String target = scenario[2];
            String verdict = "";
            double p95 = value(large, key + ".p95");
            if (target.startsWith("p95 < ")) {
                double limit = Double.parseDouble(target.substring("p95 < ".length()).replace(" ms", ""));
                verdict = p95 < limit ? " met" : " MISSED";
            }
            System.out.printf(Locale.ROOT, "%-40s %8s / %8s %8s / %8s %7.2fx  %s%s%s%n", scenario[1],
                    small.getProperty(key + ".p50", "-"), small.getProperty(key + ".p95", "-"),
                    large.getProperty(key + ".p50", "-"), large.getProperty(key + ".p95", "-"), growth, target, verdict,
                    growth > 1.5 ? "; growth > 1.5x" : "");
        }
        for (Properties run : new Properties[]{small, large}) {
            // The floor computes the figures: compared with the summary that computes them too, not with a
            // repeat served from the cache.
            double ratio50 = value(run, "summary.uncached.p50") / value(run, "floor.p50");
            double ratio95 = value(run, "summary.uncached.p95") / value(run, "floor.p95");
            System.out.printf(Locale.ROOT, "summary first after a change / floor at %s staff: %.2fx at p50, %.2fx at p95 (target <= 2x)%n",
                    run.getProperty("staff", "?"), ratio50, ratio95);
        }
        System.out.printf(Locale.ROOT, "%-40s %19s %19s %7.2fx%n", "throughput, check, 16 clients, req/s",
                small.getProperty("throughput.check", "-"), large.getProperty("throughput.check", "-"),
                value(large, "throughput.check") / value(small, "throughput.check"));
        System.out.printf(Locale.ROOT, "%-40s %19s %19s %7.2fx%n", "throughput, dashboard, 16 clients, req/s",
                small.getProperty("throughput.dashboard", "-"), large.getProperty("throughput.dashboard", "-"),
                value(large, "throughput.dashboard") / value(small, "throughput.dashboard"));
        System.out.printf(Locale.ROOT, "%-40s %19s %19s  %s%n", "heap used after the run and a full GC, MB",
                small.getProperty("heap.used.mb", "-"), large.getProperty("heap.used.mb", "-"), "target < 512 MB");
        System.out.printf(Locale.ROOT, "%-40s %19s %19s%n", "RSS after the run, MB",
                small.getProperty("rss.mb", "-"), large.getProperty("rss.mb", "-"));
    }

    private static double value(Properties run, String key) {
        String value = run.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }
}
