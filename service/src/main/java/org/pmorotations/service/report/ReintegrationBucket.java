package org.pmorotations.service.report;

/** How many returns took a number of days within [fromDays, toDays] (toDays null: no upper bound). */
public record ReintegrationBucket(int fromDays, Integer toDays, long rotations) {

    public String label() {
        if (toDays == null) {
            return "> " + (fromDays - 1);
        }
        return fromDays == toDays ? String.valueOf(fromDays) : fromDays + "-" + toDays;
    }
}
