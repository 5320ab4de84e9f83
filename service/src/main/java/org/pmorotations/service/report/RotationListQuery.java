package org.pmorotations.service.report;

import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.rotation.RotationStatus;

import java.time.LocalDate;

/**
 * The rotations behind a figure of the dashboard: the same definitions as {@link ReportQueries}
 * (each condition is the one the figure counts with), every filter optional (null for all).
 *
 * @param asOf              the day the at-risk and overdue flags are read on (today when null)
 * @param filter            tier and PMO of the rotation, department of the person
 * @param status            one state
 * @param person            a person whose name or employee number contains this text (case aside)
 * @param flag              only the rotations at risk, or only the overdue ones, on {@code asOf}
 * @param activeOn          holding a seat on that day (the "active rotations" tile when it is the report's day)
 * @param startedFrom       started (ACTIVE, COMPLETED or CURTAILED) on or after that day
 * @param startedTo         ... and on or before that day
 * @param completedFrom     COMPLETED with its actual end on or after that day
 * @param completedTo       ... and on or before that day
 * @param returnedFrom      ended, with a return placement started on or after that day
 * @param returnedTo        ended by that day, with a return placement started {@code returnMonths} months or more before it
 * @param returnMonths      with {@code returnedTo}: 0 for the returns of time to reintegrate, 12 or 24 for the returners
 *                          of promotion and retention (the whole window observed)
 * @param first             the index of the first row (0-based)
 * @param size              rows per page (1 to {@link ReportService#MAX_LIST_ROWS})
 */
public record RotationListQuery(LocalDate asOf, ReportFilter filter, RotationStatus status, String person, Flag flag,
                                LocalDate activeOn,
                                LocalDate startedFrom, LocalDate startedTo, LocalDate completedFrom, LocalDate completedTo,
                                LocalDate returnedFrom, LocalDate returnedTo, int returnMonths,
                                Sort sort, boolean descending, int first, int size) {

    /** The columns the list sorts by; each sorted by the database. */
    public enum Sort { START, END, PERSON, PMO, TIER, ROLE, STATUS, DAYS_TO_REINTEGRATE }

    /** The marks a rotation of the list can carry, each also a filter; defined as the figures count them. */
    public enum Flag { AT_RISK, OVERDUE }

    public RotationListQuery {
        person = person == null || person.isBlank() ? null : person.strip();
        filter = filter == null ? ReportFilter.NONE : filter;
        sort = sort == null ? Sort.START : sort;
        returnMonths = Math.max(returnMonths, 0);
        first = Math.max(first, 0);
        size = Math.min(Math.max(size, 1), ReportService.MAX_LIST_ROWS);
    }

    /** Every rotation, first page. */
    public static RotationListQuery all() {
        return new RotationListQuery(null, null, null, null, null, null, null, null, null, null, null, null, 0, null, false, 0, 25);
    }

    /**
     * Refuses a period that ends before it starts, naming its last day ({@code startedTo},
     * {@code completedTo}, {@code returnedTo}); what the list and its download would find is then
     * nothing, and the user is told why instead.
     */
    public void check() {
        period("started", startedFrom, startedTo);
        period("completed", completedFrom, completedTo);
        period("returned", returnedFrom, returnedTo);
    }

    private static void period(String name, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException(name + "To", "The " + name + " period ends (" + to + ") before it starts (" + from + ").");
        }
    }
}
