package org.pmorotations.service.rotation;

import org.junit.jupiter.api.Test;
import org.pmorotations.domain.shared.Period;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SeatGapsTest {

    private static final Period WINDOW = Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    private static final Period OPEN = Period.from(LocalDate.of(2020, 1, 1));

    private static Period period(String from, String to) {
        return Period.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void anEmptyPmoIsFreeOverTheWholeWindow() {
        assertEquals(List.of(new SeatGaps.Gap(WINDOW, 2, 2)), SeatGaps.of(2, OPEN, WINDOW, List.of()));
    }

    @Test
    void oneOfTwoSeatsHeldLeavesOneFreeAndTheRestBothFree() {
        List<SeatGaps.Gap> gaps = SeatGaps.of(2, OPEN, WINDOW, List.of(period("2026-07-01", "2027-06-30")));

        assertEquals(List.of(
                new SeatGaps.Gap(period("2027-01-01", "2027-06-30"), 1, 2),
                new SeatGaps.Gap(period("2027-07-01", "2027-12-31"), 2, 2)), gaps);
    }

    @Test
    void fullStretchesAreNoGapAndNeighboursWithTheSameCountMerge() {
        List<SeatGaps.Gap> gaps = SeatGaps.of(1, OPEN, WINDOW, List.of(
                period("2027-03-01", "2027-05-31"),
                period("2027-09-01", "2028-08-31")));

        assertEquals(List.of(
                new SeatGaps.Gap(period("2027-01-01", "2027-02-28"), 1, 1),
                new SeatGaps.Gap(period("2027-06-01", "2027-08-31"), 1, 1)), gaps);
    }

    @Test
    void noGapWhileThePmoIsClosedNorForARoleWithoutSeats() {
        Period openFromApril = Period.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 10, 31));

        assertEquals(List.of(new SeatGaps.Gap(period("2027-04-01", "2027-10-31"), 1, 1)),
                SeatGaps.of(1, openFromApril, WINDOW, List.of()));
        assertEquals(List.of(), SeatGaps.of(0, OPEN, WINDOW, List.of()));
        assertEquals(List.of(), SeatGaps.of(1, period("2019-01-01", "2019-12-31"), WINDOW, List.of()));
    }

    @Test
    void overbookedDaysCountAsFull() {
        List<SeatGaps.Gap> gaps = SeatGaps.of(1, OPEN, WINDOW, List.of(
                period("2026-01-01", "2027-12-31"), period("2027-02-01", "2027-03-31")));

        assertEquals(List.of(), gaps);
    }
}
