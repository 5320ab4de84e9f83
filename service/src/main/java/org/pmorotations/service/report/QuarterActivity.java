package org.pmorotations.service.report;

import java.time.LocalDate;

/** Rotations started and completed in one calendar quarter. */
public record QuarterActivity(int year, int quarter, long started, long completed) {

    public String label() {
        return year + " Q" + quarter;
    }

    /** "2027 Q2": the quarter {@code day} falls in. */
    public static String label(LocalDate day) {
        return day.getYear() + " Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
