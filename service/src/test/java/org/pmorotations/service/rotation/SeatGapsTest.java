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

    @Test
    void onlyGapsLongEnoughForTheMinimumLengthCanBeBooked() {
        Period window = Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
        Period shown = Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        // One seat: free for two months between two rotations, then from 2027-09-01 on.
        List<SeatGaps.Gap> gaps = SeatGaps.of(1, OPEN, window, List.of(
                period("2026-01-01", "2027-02-28"), period("2027-05-01", "2027-08-31")));
        assertEquals(List.of(new SeatGaps.Gap(period("2027-03-01", "2027-04-30"), 1, 1),
                new SeatGaps.Gap(period("2027-09-01", "2028-12-31"), 1, 1)), gaps);
        // Twelve months: only the second, shown to the end of what is shown; two months: both.
        assertEquals(List.of(new SeatGaps.Gap(period("2027-09-01", "2027-12-31"), 1, 1)), SeatGaps.bookable(gaps, 12, shown));
        assertEquals(List.of(new SeatGaps.Gap(period("2027-03-01", "2027-04-30"), 1, 1),
                new SeatGaps.Gap(period("2027-09-01", "2027-12-31"), 1, 1)), SeatGaps.bookable(gaps, 2, shown));
    }

    @Test
    void eachSeatIsBookedOverItsOwnRunOfDays() {
        Period window = Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31));
        Period shown = Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        // Two seats. One is held until 2027-03-31; the other from 2027-10-01 to 2028-09-30.
        List<SeatGaps.Gap> gaps = SeatGaps.of(2, OPEN, window, List.of(
                period("2026-04-01", "2027-03-31"), period("2027-10-01", "2028-09-30")));
        assertEquals(List.of(new SeatGaps.Gap(period("2027-01-01", "2027-03-31"), 1, 2),
                new SeatGaps.Gap(period("2027-04-01", "2027-09-30"), 2, 2),
                new SeatGaps.Gap(period("2027-10-01", "2028-09-30"), 1, 2),
                new SeatGaps.Gap(period("2028-10-01", "2028-12-31"), 2, 2)), gaps);
        // A twelve-month rotation fits the first seat from 2027-01-01 (always one free), not the second
        // (six months, from April to September): one row, not four short ones.
        assertEquals(List.of(new SeatGaps.Gap(period("2027-01-01", "2027-12-31"), 1, 2)), SeatGaps.bookable(gaps, 12, shown));
        // Six months fit both: the second seat from 2027-04-01 as well.
        assertEquals(List.of(new SeatGaps.Gap(period("2027-01-01", "2027-12-31"), 1, 2),
                new SeatGaps.Gap(period("2027-04-01", "2027-09-30"), 1, 2)), SeatGaps.bookable(gaps, 6, shown));
        // Both seats free all along: one row with both.
        assertEquals(List.of(new SeatGaps.Gap(shown, 2, 2)), SeatGaps.bookable(SeatGaps.of(2, OPEN, window, List.of()), 12, shown));
    }
}
