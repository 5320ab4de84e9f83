package org.pmorotations.domain.rotation;

import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.staff.CareerLevel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An open role a person ending a rotation could return to, with why it ranks where it does. The
 * ranking, best first:
 * <ol>
 *   <li>their own backfill, the seat held for them at home, while it is open;</li>
 *   <li>level fit: a role at their level before one a level above (a promotion path);</li>
 *   <li>their home department before another;</li>
 *   <li>the fewest days between the day they return and the role's start;</li>
 *   <li>the longest rest of the project from the day they return (a project without an end first);</li>
 * </ol>
 * then the role's start and id, so that equal matches keep one order. Never offered: a role that
 * is not open, one that no longer runs on the day they return (its own end or its project's
 * before it), one below their level, or one two levels or more above it.
 *
 * @param role           the open role
 * @param level          the level they would return at: theirs, or the one above for a promotion path
 * @param start          the return's first day: the day after the rotation ends, or the role's start if later
 * @param ownBackfill    the role is the backfill of this rotation
 * @param promotion      the role admits only the level above theirs
 * @param homeDepartment the role is in their department
 * @param gapDays        days from the day they return to the role's start (0 when it has begun)
 * @param projectDays    days of the project from {@code start} on, its last day included; empty for a project without an end
 * @param person         who returns
 */
public record ReturnMatch(OpenRole role, CareerLevel level, LocalDate start, boolean ownBackfill, boolean promotion,
                          boolean homeDepartment, long gapDays, Optional<Long> projectDays, Returning person) {

    /** Best first, as the class says. */
    public static final Comparator<ReturnMatch> RANKING = Comparator.comparing((ReturnMatch match) -> !match.ownBackfill())
            .thenComparing(ReturnMatch::promotion)
            .thenComparing(match -> !match.homeDepartment())
            .thenComparingLong(ReturnMatch::gapDays)
            .thenComparing(match -> -match.projectDays().orElse(Long.MAX_VALUE))
            .thenComparing(match -> match.role().getPeriod().start())
            .thenComparing(match -> match.role().getId() == null ? Long.MAX_VALUE : match.role().getId());

    /**
     * The person returning from rotation {@code rotationId}, which ends on {@code lastDay}: at
     * {@code level}, from {@code department}.
     */
    public record Returning(long rotationId, LocalDate lastDay, CareerLevel level, String department, String name) {

        public static Returning from(Rotation rotation) {
            return new Returning(rotation.getId(), rotation.effectiveEnd(), rotation.getStaff().getLevel(),
                    rotation.getStaff().getDepartment(), rotation.getStaff().getFullName());
        }

        /** The first day back. */
        public LocalDate returnDay() {
            return lastDay.plusDays(1);
        }
    }

    /** The roles of {@code open} that {@code person} could return to, best first. */
    public static List<ReturnMatch> rank(Returning person, List<OpenRole> open) {
        List<ReturnMatch> matches = new ArrayList<>();
        for (OpenRole role : open) {
            of(person, role).ifPresent(matches::add);
        }
        matches.sort(RANKING);
        return matches;
    }

    /**
     * The best of {@code person}'s matches among {@code open} (by {@link #RANKING}) and how many
     * there are: what a list of many people shows, without ranking every match of each.
     */
    public static Best best(Returning person, List<OpenRole> open) {
        ReturnMatch best = null;
        int count = 0;
        for (OpenRole role : open) {
            Optional<ReturnMatch> match = of(person, role);
            if (match.isPresent()) {
                count++;
                if (best == null || RANKING.compare(match.get(), best) < 0) {
                    best = match.get();
                }
            }
        }
        return new Best(Optional.ofNullable(best), count);
    }

    /** A person's best match, when there is one, and the number of their matches. */
    public record Best(Optional<ReturnMatch> match, int count) {
    }

    /** {@code role} as a match of {@code person}'s, or empty with {@link #whyNot} saying why. */
    public static Optional<ReturnMatch> of(Returning person, OpenRole role) {
        if (refusal(person, role) != null) {
            return Optional.empty();
        }
        LocalDate returnDay = person.returnDay();
        boolean promotion = !role.admits(person.level());
        CareerLevel level = promotion ? person.level().above().orElseThrow() : person.level();
        LocalDate start = role.getPeriod().start().isAfter(returnDay) ? role.getPeriod().start() : returnDay;
        long gap = Math.max(0, ChronoUnit.DAYS.between(returnDay, role.getPeriod().start()));
        Optional<LocalDate> projectEnd = role.getProject().getPeriod().end();
        Optional<Long> projectDays = projectEnd.map(end -> ChronoUnit.DAYS.between(start, end) + 1);
        boolean own = role.getBackfillFor().map(id -> id == person.rotationId()).orElse(false);
        boolean home = role.getDepartment().equalsIgnoreCase(person.department());
        return Optional.of(new ReturnMatch(role, level, start, own, promotion, home, gap, projectDays, person));
    }

    /** Why this role ranks where it does, in words: written when asked for (a page shows a few of many matches). */
    public String reason() {
        List<String> why = new ArrayList<>();
        if (ownBackfill) {
            why.add("their own seat at home, held for them while they are away");
        }
        why.add(promotion ? "one level up (" + level.words() + "): a promotion path" : "at their level (" + level.words() + ")");
        why.add(homeDepartment ? "in their home department"
                : "in " + role.getDepartment() + ", not their department (" + person.department() + ")");
        why.add(gapDays == 0 ? "free on the day they return" : "starts " + gapDays + (gapDays == 1 ? " day" : " days") + " after they return");
        why.add(role.getProject().getPeriod().end().map(end -> "the project runs " + projectDays.orElseThrow() + " more days, to " + end)
                .orElse("the project has no end date"));
        String reason = String.join("; ", why);
        return reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1) + ".";
    }

    /** Why {@code role} is no return for {@code person}, in words; empty when it is one. */
    public static Optional<String> whyNot(Returning person, OpenRole role) {
        Refusal refusal = refusal(person, role);
        if (refusal == null) {
            return Optional.empty();
        }
        return Optional.of(switch (refusal) {
            case NOT_OPEN -> "the open role is " + role.getStatus().words();
            case ENDS_BEFORE -> "the role ends on " + role.until().end().orElseThrow() + ", before " + person.name()
                    + " returns on " + person.returnDay();
            case LEVEL -> "the role asks for " + role.levels() + ", and " + person.name() + " is " + person.level().words();
        });
    }

    /** Why a role is never offered. */
    private enum Refusal { NOT_OPEN, ENDS_BEFORE, LEVEL }

    /** What keeps {@code role} from {@code person}, or null when nothing does: checked for every role, so without words. */
    private static Refusal refusal(Returning person, OpenRole role) {
        if (role.getStatus() != OpenRoleStatus.OPEN) {
            return Refusal.NOT_OPEN;
        }
        Optional<LocalDate> until = role.until().end();
        if (until.isPresent() && until.get().isBefore(person.returnDay())) {
            return Refusal.ENDS_BEFORE;
        }
        boolean fits = role.admits(person.level()) || person.level().above().map(role::admits).orElse(false);
        return fits ? null : Refusal.LEVEL;
    }
}
