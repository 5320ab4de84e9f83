package org.pmorotations.service.rotation;

import org.pmorotations.domain.shared.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The empty seats of one PMO role over a window: the stretches of days on which fewer rotations
 * hold a seat than there are seats, with how many are free. A pure function, so the board shows
 * what the server computed and the tests need no database.
 */
public final class SeatGaps {

    /** {@code free} of {@code seats} seats are empty on every day of {@code period}. */
    public record Gap(Period period, int free, int seats) {
    }

    private SeatGaps() {
    }

    /**
     * @param seats    the seats of the PMO in that role
     * @param open     the days the PMO is open (an open end allowed); no gap outside them
     * @param window   the days looked at
     * @param holders  the periods (start to effective end) of the rotations holding a seat; cancelled ones left out
     * @return the gaps in date order; neighbouring stretches with the same number free are one gap
     */
    public static List<Gap> of(int seats, Period open, Period window, Collection<Period> holders) {
        List<Gap> gaps = new ArrayList<>();
        if (seats <= 0 || !open.overlaps(window)) {
            return gaps;
        }
        LocalDate from = latest(window.start(), open.start());
        LocalDate to = earliest(window.end().orElseThrow(), open.end().orElse(null));
        TreeSet<LocalDate> boundaries = new TreeSet<>();
        boundaries.add(from);
        for (Period held : holders) {
            if (held.start().isAfter(from) && !held.start().isAfter(to)) {
                boundaries.add(held.start());
            }
            LocalDate after = held.end().orElseThrow().plusDays(1);
            if (after.isAfter(from) && !after.isAfter(to)) {
                boundaries.add(after);
            }
        }
        for (LocalDate day : boundaries) {
            LocalDate next = boundaries.higher(day);
            LocalDate last = next == null ? to : next.minusDays(1);
            long taken = holders.stream().filter(held -> held.contains(day)).count();
            int free = (int) Math.max(0, seats - taken);
            if (free == 0) {
                continue;
            }
            Gap previous = gaps.isEmpty() ? null : gaps.get(gaps.size() - 1);
            if (previous != null && previous.free() == free
                    && previous.period().end().orElseThrow().plusDays(1).equals(day)) {
                gaps.set(gaps.size() - 1, new Gap(Period.of(previous.period().start(), last), free, seats));
            } else {
                gaps.add(new Gap(Period.of(day, last), free, seats));
            }
        }
        return gaps;
    }

    /**
     * The gaps in which a rotation of {@code minMonths} can be scheduled, as the bench lists them.
     * Seat by seat (the first free one, the second, and so on), each run of neighbouring days on
     * which at least that many seats are free is kept when a rotation of {@code minMonths} starting
     * on its first day ends within it: a gap of two months holds no rotation of twelve, however many
     * people could otherwise take it. Only runs starting within {@code shown} are kept, their end
     * cut at its end; runs then of the same days are one, with as many free as seats share them.
     *
     * @param gaps the gaps of one PMO role, as {@link #of} gives them, over a window reaching at
     *             least {@code minMonths} past {@code shown}, so that a run is not cut short by the
     *             window itself
     */
    public static List<Gap> bookable(List<Gap> gaps, int minMonths, Period shown) {
        LocalDate shownEnd = shown.end().orElseThrow();
        int seats = gaps.stream().mapToInt(Gap::seats).max().orElse(0);
        Map<Period, Integer> runs = new TreeMap<>(Comparator.comparing(Period::start)
                .thenComparing(period -> period.end().orElseThrow()));
        for (int seat = 1; seat <= seats; seat++) {
            LocalDate runStart = null;
            LocalDate runEnd = null;
            for (Gap gap : gaps) {
                boolean free = gap.free() >= seat;
                boolean continues = runEnd != null && runEnd.plusDays(1).equals(gap.period().start());
                if (runStart != null && (!free || !continues)) {
                    keep(runs, runStart, runEnd, minMonths, shown.start(), shownEnd);
                    runStart = null;
                    runEnd = null;
                }
                if (free) {
                    runStart = runStart == null ? gap.period().start() : runStart;
                    runEnd = gap.period().end().orElseThrow();
                }
            }
            if (runStart != null) {
                keep(runs, runStart, runEnd, minMonths, shown.start(), shownEnd);
            }
        }
        List<Gap> bookable = new ArrayList<>();
        runs.forEach((period, free) -> bookable.add(new Gap(period, free, seats)));
        return bookable;
    }

    private static void keep(Map<Period, Integer> runs, LocalDate start, LocalDate end, int minMonths,
                             LocalDate shownStart, LocalDate shownEnd) {
        if (start.isBefore(shownStart) || start.isAfter(shownEnd) || start.plusMonths(minMonths).minusDays(1).isAfter(end)) {
            return;
        }
        runs.merge(Period.of(start, earliest(end, shownEnd)), 1, Integer::sum);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
