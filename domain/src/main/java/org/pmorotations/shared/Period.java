package org.pmorotations.shared;

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
            throw new DomainException("end", "The end date " + endDate + " is before the start date " + startDate + ".");
        }
        this.endDate = endDate;
    }

    public static Period of(LocalDate start, LocalDate end) {
        return new Period(start, Objects.requireNonNull(end, "A closed period needs an end date"));
    }

    public static Period from(LocalDate start) {
        return new Period(start, null);
    }

    /** The period of whole months starting on {@code start}: 12 months from 2027-03-01 end on 2028-02-29. */
    public static Period ofMonths(LocalDate start, int months) {
        if (months < 1) {
            throw new DomainException("months", "A period lasts at least one month, not " + months + ".");
        }
        return new Period(start, start.plusMonths(months).minusDays(1));
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

    /** Whole months from the start to the day after the end; a closed period is required. */
    public long months() {
        return ChronoUnit.MONTHS.between(startDate, requireEnd().plusDays(1));
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
