package org.pmorotations.service.report;

/**
 * A share counted by the database: {@code part} of {@code whole}.
 *
 * @return the rate from 0 to 1, or null when there is nothing to count (a rate of nothing is unknown, not 0)
 */
public record Ratio(long part, long whole) {

    public static final Ratio NONE = new Ratio(0, 0);

    public Double rate() {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The rate as a whole percentage for display, or null. */
    public Long percent() {
        return whole == 0 ? null : Math.round(100.0 * part / whole);
    }
}
