package org.pmorotations.service.report;

import java.time.LocalDate;

/**
 * Seats filled on one day: of a tier (pmoCode and role null), or of one PMO and role.
 *
 * @param seats  the seats of the PMOs open that day
 * @param filled the rotations holding one of them that day
 * @param open   the seats left, never below 0 per PMO and role (an over-filled PMO does not fill another's)
 */
public record SeatFill(LocalDate day, String tier, String pmoCode, String role, long seats, long filled, long open) {

    public Ratio fill() {
        return new Ratio(filled, seats);
    }
}
