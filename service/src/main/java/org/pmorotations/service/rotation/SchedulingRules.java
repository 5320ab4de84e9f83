package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.rotation.Rule;
import org.pmorotations.domain.rotation.Violation;

import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The scheduling rules of the design, all checked at once: every violation is reported, each
 * with its code and a sentence that names the facts. A pure function of the proposal, the
 * rotations it is compared with and the policy, so that it is tested without a database and the
 * services decide how the facts are read (and locked).
 */
public final class SchedulingRules {

    private SchedulingRules() {
    }

    /**
     * @param personsRotations the person's other rotations (any state; cancelled ones are ignored)
     * @param seatRotations    the rotations of the same PMO and role that may overlap the period (cancelled ignored)
     */
    public static List<Violation> check(Proposal proposal, Collection<Rotation> personsRotations,
                                        Collection<Rotation> seatRotations, Policy policy, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        Staff person = proposal.staff();
        Period period = proposal.period();
        LocalDate start = period.start();
        LocalDate end = period.end().orElseThrow();

        long months = period.months();
        if (months < policy.minMonths() || months > policy.maxMonths()) {
            violations.add(new Violation(Rule.DURATION, "A rotation lasts " + policy.minMonths() + " to " + policy.maxMonths()
                    + " months, extensions included; " + start + " to " + end + " is " + describeMonths(period) + "."));
        }
        if (!person.isActive()) {
            violations.add(new Violation(Rule.ACTIVE_STAFF, person.getFullName() + " is not an active staff member."));
        }
        if (!proposal.historyImport() && start.isBefore(today)) {
            violations.add(new Violation(Rule.START_DATE, "A new rotation starts today (" + today + ") or later, not on " + start + "."));
        }
        if (!proposal.pmo().isOpenThroughout(period)) {
            violations.add(new Violation(Rule.PMO_OPEN, proposal.pmo().getName() + " is open " + describeOpen(proposal.pmo())
                    + ", not for the whole rotation from " + start + " to " + end + "."));
        }
        checkEligibility(proposal, policy, violations);
        LocalDate tenureFrom = person.getHireDate().plusMonths(policy.tenureMonths());
        if (start.isBefore(tenureFrom)) {
            violations.add(new Violation(Rule.TENURE, person.getFullName() + " was hired on " + person.getHireDate()
                    + "; a first rotation starts " + policy.tenureMonths() + " months after hire, on " + tenureFrom + " at the earliest."));
        }
        checkOwnRotations(proposal, personsRotations, policy, violations);
        checkSeats(proposal, seatRotations, violations);
        return violations;
    }

    /** The lowest level that may take the seat: the role's, or the enterprise PMOs' where that is higher (ELIGIBILITY). */
    static CareerLevel requiredLevel(Pmo pmo, PmoRole role, Policy policy) {
        CareerLevel needed = role == PmoRole.PMO_MANAGER ? policy.managerMinLevel() : policy.analystMinLevel();
        return pmo.getTier() == PmoTier.ENTERPRISE && policy.enterpriseMinLevel().isAbove(needed) ? policy.enterpriseMinLevel() : needed;
    }

    private static void checkEligibility(Proposal proposal, Policy policy, List<Violation> violations) {
        Staff person = proposal.staff();
        LocalDate start = proposal.period().start();
        CareerLevel needed = requiredLevel(proposal.pmo(), proposal.role(), policy);
        String why = needed != (proposal.role() == PmoRole.PMO_MANAGER ? policy.managerMinLevel() : policy.analystMinLevel())
                ? "a seat in the enterprise PMO"
                : proposal.role() == PmoRole.PMO_MANAGER ? "a PMO manager seat" : "a PMO analyst seat";
        CareerLevel held = person.levelOn(start).orElse(null);
        if (held == null || !held.isAtLeast(needed)) {
            violations.add(new Violation(Rule.ELIGIBILITY, why.substring(0, 1).toUpperCase(Locale.ROOT) + why.substring(1)
                    + " needs " + needed.words() + " or above; " + person.getFullName() + " is "
                    + (held == null ? "not yet hired" : held.words()) + " on " + start + "."));
        }
    }

    private static void checkOwnRotations(Proposal proposal, Collection<Rotation> personsRotations, Policy policy,
                                          List<Violation> violations) {
        Period period = proposal.period();
        for (Rotation other : personsRotations) {
            if (other.getStatus() == RotationStatus.CANCELLED || other == proposal.replacing()
                    || (proposal.replacing() != null && other.getId() != null && other.getId().equals(proposal.replacing().getId()))) {
                continue;
            }
            Period held = Period.of(other.startDate(), other.effectiveEnd());
            if (held.overlaps(period)) {
                violations.add(new Violation(Rule.OVERLAP, proposal.staff().getFullName() + " is already in "
                        + other.getPmo().getName() + " from " + held.start() + " to " + held.end().orElseThrow() + "."));
                continue;
            }
            LocalDate earlierEnd = held.start().isBefore(period.start()) ? held.end().orElseThrow() : period.end().orElseThrow();
            LocalDate laterStart = held.start().isBefore(period.start()) ? period.start() : held.start();
            LocalDate clearFrom = earlierEnd.plusMonths(policy.coolOffMonths());
            if (!laterStart.isAfter(clearFrom)) {
                violations.add(new Violation(Rule.COOL_OFF, proposal.staff().getFullName() + " needs " + policy.coolOffMonths()
                        + " months back in project roles between rotations: the rotation in " + other.getPmo().getName()
                        + " ends on " + held.end().orElseThrow() + (held.start().isBefore(period.start())
                        ? ", so the next may start after " + clearFrom + "."
                        : " and starts on " + held.start() + ", so this one must end by " + held.start().minusMonths(policy.coolOffMonths()).minusDays(1) + ".")));
            }
        }
    }

    /**
     * On every day of the period, the rotations holding the PMO's seats in that role, this one
     * included, fit its seats. Reports the first stretch of days on which they do not, naming
     * who holds the seats then.
     */
    private static void checkSeats(Proposal proposal, Collection<Rotation> seatRotations, List<Violation> violations) {
        Pmo pmo = proposal.pmo();
        int seats = pmo.seatsFor(proposal.role());
        Period period = proposal.period();
        LocalDate end = period.end().orElseThrow();
        List<Period> held = new ArrayList<>();
        List<Rotation> holders = new ArrayList<>();
        for (Rotation other : seatRotations) {
            if (other.getStatus() == RotationStatus.CANCELLED || other.getPmo() != pmo && !samePmo(other.getPmo(), pmo)
                    || other.getRole() != proposal.role() || isReplaced(proposal, other)) {
                continue;
            }
            Period occupied = Period.of(other.startDate(), other.effectiveEnd());
            if (occupied.overlaps(period)) {
                held.add(occupied);
                holders.add(other);
            }
        }
        if (seats > 0 && held.size() < seats) {
            return;
        }
        TreeSet<LocalDate> boundaries = new TreeSet<>();
        boundaries.add(period.start());
        for (Period occupied : held) {
            if (occupied.start().isAfter(period.start())) {
                boundaries.add(occupied.start());
            }
            LocalDate after = occupied.end().orElseThrow().plusDays(1);
            if (!after.isAfter(end)) {
                boundaries.add(after);
            }
        }
        LocalDate fullFrom = null;
        LocalDate fullTo = null;
        TreeSet<String> names = new TreeSet<>();
        for (LocalDate day : boundaries) {
            LocalDate segmentEnd = boundaries.higher(day) == null ? end : boundaries.higher(day).minusDays(1);
            List<Rotation> present = new ArrayList<>();
            for (int i = 0; i < held.size(); i++) {
                if (held.get(i).contains(day)) {
                    present.add(holders.get(i));
                }
            }
            if (present.size() >= seats) {
                if (fullFrom == null) {
                    fullFrom = day;
                }
                fullTo = segmentEnd;
                present.forEach(rotation -> names.add(rotation.getStaff().getFullName()));
            } else if (fullFrom != null) {
                break;
            }
        }
        if (fullFrom != null) {
            String role = proposal.role() == PmoRole.PMO_MANAGER ? "PMO manager" : "PMO analyst";
            String message = seats == 0
                    ? pmo.getName() + " has no " + role + " seats."
                    : pmo.getName() + " has " + seats + " " + role + " seat" + (seats == 1 ? "" : "s") + " and "
                    + (seats == 1 ? "it is" : seats == 2 ? "both are" : "all are") + " taken from " + fullFrom + " to " + fullTo
                    + " (" + String.join(", ", names) + ").";
            violations.add(new Violation(Rule.SEATS, message));
        }
    }

    private static boolean samePmo(Pmo a, Pmo b) {
        return a.getId() != null && a.getId().equals(b.getId());
    }

    private static boolean isReplaced(Proposal proposal, Rotation other) {
        Rotation replacing = proposal.replacing();
        return replacing != null && (other == replacing || other.getId() != null && other.getId().equals(replacing.getId()));
    }

    private static String describeMonths(Period period) {
        long months = period.months();
        long days = period.days();
        return months == 0 ? days + " days" : months + (months == 1 ? " month" : " months")
                + (Period.ofMonths(period.start(), (int) months).equals(period) ? "" : " and some days");
    }

    private static String describeOpen(Pmo pmo) {
        Period open = pmo.getActivePeriod();
        return open.isOpenEnded() ? "from " + open.start() : "from " + open.start() + " to " + open.end().orElseThrow();
    }

    /**
     * RETURN_PLAN's warning: an approved or running rotation that ends within the policy's
     * {@code atRiskDays} from {@code today} and has no return placement yet. Not a violation: the
     * rotation may go on, but its person has nowhere to go back to.
     */
    public static boolean atRisk(Rotation rotation, Policy policy, LocalDate today) {
        RotationStatus status = rotation.getStatus();
        boolean running = status == RotationStatus.APPROVED || status == RotationStatus.ACTIVE || status == RotationStatus.CURTAILED;
        LocalDate end = rotation.effectiveEnd();
        return running && rotation.getReturnPlacement().isEmpty()
                && !end.isBefore(today) && !end.isAfter(today.plusDays(policy.atRiskDays()));
    }
}
