package org.pmorotations.service.report;

import java.time.LocalDate;

/**
 * Seats filled on one day: of a tier (pmoCode and role null), or of one PMO and role.
 *
 * <p>One definition of an open seat for every figure, export and the bench: a seat that no
 * rotation holds that day, cancelled ones aside, a proposal included. A proposal keeps its seat
 * from anyone else (the SEATS rule counts it) but does not fill it yet, so it is neither filled
 * nor open.
 *
 * @param seats    the seats of the PMOs open that day
 * @param filled   the rotations approved, under way or past holding one of them that day
 * @param proposed the proposals holding one of them that day
 * @param open     the seats left, never below 0 per PMO and role (an over-filled PMO does not fill another's)
 */
public record SeatFill(LocalDate day, String tier, String pmoCode, String role, long seats, long filled, long proposed, long open) {

    public Ratio fill() {
        return new Ratio(filled, seats);
    }
}
