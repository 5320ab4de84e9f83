package org.pmorotations.service.report;

/** Rotations started and completed in one calendar quarter. */
public record QuarterActivity(int year, int quarter, long started, long completed) {

    public String label() {
        return year + " Q" + quarter;
    }
}
