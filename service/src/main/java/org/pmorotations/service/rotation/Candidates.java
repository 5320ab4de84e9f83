package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.rotation.Rule;

import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the people who could take a seat. Only those who satisfy every rule are candidates.
 * The ranking, in order: people who never rotated first (the programme exists to give each a
 * turn); then the longest time back in project roles since their last rotation; then the closest
 * level fit (the lowest level that qualifies, so a rotation is a step up rather than a sideways
 * move for a senior person); then the longest tenure.
 */
public final class Candidates {

    private Candidates() {
    }

    public static List<Candidate> rank(Collection<Staff> people, Map<Staff, List<Rotation>> rotationsByPerson,
                                       Seat seat, Collection<Rotation> seatRotations, Policy policy, LocalDate today) {
        List<Candidate> candidates = new ArrayList<>();
        for (Staff person : people) {
            List<Rotation> own = rotationsByPerson.getOrDefault(person, List.of());
            Proposal proposal = new Proposal(person, seat.pmo(), seat.role(), seat.period(), null, false);
            if (!SchedulingRules.check(proposal, own, seatRotations, policy, today).isEmpty()) {
                continue;
            }
            LocalDate lastEnd = own.stream().filter(r -> r.getStatus() != RotationStatus.CANCELLED)
                    .map(Rotation::effectiveEnd).max(Comparator.naturalOrder()).orElse(null);
            candidates.add(new Candidate(person, lastEnd, reason(person, lastEnd, seat, policy)));
        }
        candidates.sort(order(seat));
        return candidates;
    }

    /** The rules that depend on the seat and the period only: when one is broken for anybody, it is broken for everybody. */
    static final Set<Rule> SEAT_RULES = EnumSet.of(Rule.DURATION, Rule.START_DATE, Rule.PMO_OPEN, Rule.SEATS);

    /**
     * Whether nobody at all can take the seat over the period (it is full, closed, too short or too
     * long, or already started): told by the rules of {@link #SEAT_RULES} for {@code anyone}.
     */
    static boolean nobodyCanTake(Staff anyone, List<Rotation> theirRotations, Seat seat, Collection<Rotation> seatRotations,
                                 Policy policy, LocalDate today) {
        Proposal proposal = new Proposal(anyone, seat.pmo(), seat.role(), seat.period(), null, false);
        return SchedulingRules.check(proposal, theirRotations, seatRotations, policy, today).stream()
                .anyMatch(violation -> SEAT_RULES.contains(violation.rule()));
    }

    /** The ranking: by {@link Rank}, then by employee number for people not yet stored (who have no id to tell them apart). */
    static Comparator<Candidate> order(Seat seat) {
        return Comparator.comparing((Candidate c) -> rankOf(c, seat))
                .thenComparing(c -> c.staff().getEmployeeNumber().value());
    }

    static Rank rankOf(Candidate candidate, Seat seat) {
        return new Rank(candidate.lastRotationEnd(), levelOnStart(candidate.staff(), seat).rank(), candidate.staff().getHireDate(),
                candidate.staff().getId());
    }

    /**
     * Where a person stands, best first: never rotated (no end) before rotated, then the earliest
     * end of the latest rotation, then the lowest level on the start date, then the earliest hire,
     * and among people equal in all of these the one registered first (the lower id), so that no
     * two stored people rank alike. The database orders people by the same facts
     * ({@code RotationService.candidates}), so that it can hand over the best-placed first, and a
     * page of them ends at a place no one else shares.
     */
    record Rank(LocalDate lastRotationEnd, int levelRank, LocalDate hireDate, Long staffId) implements Comparable<Rank> {

        private static final Comparator<Rank> ORDER = Comparator
                .comparing((Rank r) -> r.lastRotationEnd() != null)
                .thenComparing(r -> r.lastRotationEnd() == null ? LocalDate.MIN : r.lastRotationEnd())
                .thenComparingInt(Rank::levelRank)
                .thenComparing(Rank::hireDate)
                .thenComparing(Rank::staffId, Comparator.nullsLast(Comparator.naturalOrder()));

        @Override
        public int compareTo(Rank other) {
            return ORDER.compare(this, other);
        }
    }

    private static CareerLevel levelOnStart(Staff person, Seat seat) {
        return person.levelOn(seat.period().start()).orElse(person.getLevel());
    }

    private static String reason(Staff person, LocalDate lastEnd, Seat seat, Policy policy) {
        String level = levelOnStart(person, seat).words();
        long years = ChronoUnit.YEARS.between(person.getHireDate(), seat.period().start());
        String history = lastEnd == null ? "Never rotated"
                : "Back in project roles since " + lastEnd.plusDays(1) + " (" + ChronoUnit.MONTHS.between(lastEnd, seat.period().start())
                + " months by the start; " + policy.coolOffMonths() + " needed)";
        return history + "; " + level + " (" + (seat.role() == PmoRole.PMO_MANAGER ? "manager" : "analyst") + " seat); "
                + years + (years == 1 ? " year" : " years") + " since hire; meets every rule.";
    }

    /** The seat (PMO and role) and the period the candidates are for. */
    public record Seat(org.pmorotations.domain.pmo.Pmo pmo, PmoRole role, org.pmorotations.domain.shared.Period period) {
    }
}
