package org.pmorotations.service.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The bench as of a day: each open seat from {@code from} to {@code to} (the rest of the quarter
 * of {@code asOf} and the next four quarters) that can hold a rotation of {@code minMonths}, the
 * policy's minimum length, with the staff eligible for such a rotation by career level. See
 * {@link ReportQueries#bench} for the rules applied.
 */
public record Bench(LocalDate asOf, ReportFilter filter, LocalDate from, LocalDate to, int minMonths, List<BenchRow> rows) {

    public Bench {
        rows = List.copyOf(rows);
    }
}
