package org.pmorotations.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of calendar days, both ends inclusive. The end may be open (an ongoing project role, a
 * PMO without a closing date). Invariant: the end is never before the start.
 *
 * <p>Inclusive ends match how people speak of periods ("from 2027-03-01 to 2027-09-30"): a
 * 12-month rotation starting on 1 March ends on the last day of February.
 */
@Embeddable
public class Period {

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    protected Period() {
        // for JPA
    }

    private Period(LocalDate startDate, LocalDate endDate) {
        this.startDate = Objects.requireNonNull(startDate, "A period needs a start date");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new InvalidValueException("end", "The end date " + endDate + " is before the start date " + startDate + ".");
        }
        this.endDate = endDate;
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, Objects.requireNonNull(end, "A closed period needs an end date"));
    }

    public static Period from(LocalDate start) {
        return new Period(start, null);
    }

    /**
     * The period of whole months starting on {@code start}: it ends the day before the same day
     * of the month {@code months} later, so 12 months from 2027-03-01 end on 2028-02-29. Where
     * that day does not exist, the period runs to the end of the shorter month: one month from
     * 2027-01-31 ends on 2027-02-28, and 12 months from 2028-02-29 end on 2029-02-28.
     */
    public static Period ofMonths(LocalDate start, int months) {
        if (months < 1) {
            throw new InvalidValueException("months", "A period lasts at least one month, not " + months + ".");
        }
        Objects.requireNonNull(start, "A period needs a start date");
        return new Period(start, monthsAfter(start, months).minusDays(1));
    }

    /** The day on which {@code months} whole months from {@code start} are complete (exclusive end). */
    private static LocalDate monthsAfter(LocalDate start, long months) {
        LocalDate sameDay = start.plusMonths(months);
        // plusMonths clamps the 29th to 31st to a shorter month's last day; the months are then complete the day after.
        return sameDay.getDayOfMonth() == start.getDayOfMonth() ? sameDay : sameDay.plusDays(1);
    }

    public LocalDate start() {
        return startDate;
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(endDate);
    }

    public boolean isOpenEnded() {
        return endDate == null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    public boolean covers(Period other) {
        return contains(other.startDate)
                && (endDate == null || (other.endDate != null && !other.endDate.isAfter(endDate)));
    }

    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = other.endDate == null || !startDate.isAfter(other.endDate);
        boolean otherStartsBeforeThisEnds = endDate == null || !other.startDate.isAfter(endDate);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /** Whole months in the period, counted as {@link #ofMonths} counts them; a closed period is required. */
    public long months() {
        LocalDate dayAfter = requireEnd().plusDays(1);
        long months = ChronoUnit.MONTHS.between(startDate, dayAfter);
        while (!monthsAfter(startDate, months + 1).isAfter(dayAfter)) {
            months++;
        }
        while (months > 0 && monthsAfter(startDate, months).isAfter(dayAfter)) {
            months--;
        }
        return months;
    }

    /**
     * The months of the period to the nearest whole one, counted as {@link #ofMonths} counts them:
     * what is left over after the whole months counts as one more when it is at least as long as
     * what that month lacks. From 2027-03-01, an end on 2028-02-29 is 12 months, on 2028-02-15 (15
     * days over 11 months, 14 lacking) 12 as well, on 2028-02-14 11. The board turns a dragged end into the months of an extension with it.
     */
    public long nearestMonths() {
        LocalDate dayAfter = requireEnd().plusDays(1);
        long whole = months();
        long over = ChronoUnit.DAYS.between(monthsAfter(startDate, whole), dayAfter);
        long lacking = ChronoUnit.DAYS.between(dayAfter, monthsAfter(startDate, whole + 1));
        return over > 0 && over >= lacking ? whole + 1 : whole;
    }

    public long days() {
        return ChronoUnit.DAYS.between(startDate, requireEnd()) + 1;
    }

    public Period withEnd(LocalDate newEnd) {
        return new Period(startDate, newEnd);
    }

    private LocalDate requireEnd() {
        if (endDate == null) {
            throw new IllegalStateException("The period from " + startDate + " has no end");
        }
        return endDate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period that && startDate.equals(that.startDate) && Objects.equals(endDate, that.endDate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startDate, endDate);
    }

    @Override
    public String toString() {
        return startDate + " to " + (endDate == null ? "open end" : endDate);
    }
}
