package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.Rotation;
import org.pmorotations.domain.rotation.Rule;
import org.pmorotations.domain.rotation.Violation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmorotations.domain.pmo.Pmo;
import org.pmorotations.domain.pmo.PmoRole;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.pmo.Seats;
import org.pmorotations.domain.shared.Change;
import org.pmorotations.domain.shared.Period;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.EmployeeNumber;
import org.pmorotations.domain.staff.Staff;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule over its boundaries, with the design's default policy. */
class SchedulingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final Change BY_MANAGER = Change.by("pmo.manager", TODAY.atTime(9, 0));

    private final Pmo finance = pmo("FIN-PMO", "Finance Transformation PMO", PmoTier.DEPARTMENT, 2, 1,
            Period.from(LocalDate.of(2020, 1, 1)));
    private final Staff ada = person("E1", "Ada Rossi", LocalDate.of(2018, 1, 1), CareerLevel.SENIOR_PROJECT_MANAGER);

    private static Pmo pmo(String code, String name, PmoTier tier, int analysts, int managers, Period open) {
        return new Pmo(code, name, tier, Seats.of(analysts, managers), open);
    }

    private static Staff person(String number, String name, LocalDate hired, CareerLevel level) {
        return new Staff(EmployeeNumber.of(number), name, number.toLowerCase() + "@example.com", "Finance", hired, level);
    }

    private static Rotation rotation(Staff staff, Pmo pmo, PmoRole role, LocalDate start, int months) {
        return new Rotation(staff, pmo, role, Period.ofMonths(start, months), Set.of(Objective.PROCESS_IMPROVEMENT),
                Change.by("pmo.manager", LocalDate.of(2020, 1, 1).atTime(9, 0)));
    }

    private Set<Rule> rulesBroken(Proposal proposal, List<Rotation> own, List<Rotation> seat) {
        EnumSet<Rule> rules = EnumSet.noneOf(Rule.class);
        SchedulingRules.check(proposal, own, seat, Policy.DEFAULTS, TODAY).forEach(v -> rules.add(v.rule()));
        return rules;
    }

    private List<Violation> check(Proposal proposal, List<Rotation> own, List<Rotation> seat) {
        return SchedulingRules.check(proposal, own, seat, Policy.DEFAULTS, TODAY);
    }

    @Test
    void aRotationThatKeepsEveryRuleHasNoViolation() {
        assertEquals(List.of(), check(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 18)), List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0} months: broken = {1}")
    @CsvSource({"11, true", "12, false", "18, false", "24, false", "25, true"})
    void durationIsTwelveToTwentyFourMonths(int months, boolean broken) {
        Set<Rule> rules = rulesBroken(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, months)), List.of(), List.of());
        assertEquals(broken, rules.contains(Rule.DURATION));
    }

    @Test
    void durationMessageNamesTheLength() {
        Violation violation = check(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 25)), List.of(), List.of()).get(0);
        assertEquals("A rotation lasts 12 to 24 months, extensions included; 2027-03-01 to 2029-03-31 is 25 months.", violation.message());
    }

    @ParameterizedTest(name = "start {0}, history import {1}: broken = {2}")
    @CsvSource({"2027-01-14, false, true", "2027-01-15, false, false", "2027-01-16, false, false", "2020-06-01, true, false"})
    void startDateIsTodayOrLaterExceptForHistory(LocalDate start, boolean history, boolean broken) {
        Staff veteran = person("E9", "Vera Lind", LocalDate.of(2010, 1, 1), CareerLevel.PROGRAM_MANAGER);
        Proposal proposal = new Proposal(veteran, finance, PmoRole.PMO_ANALYST, Period.ofMonths(start, 12), null, history);
        assertEquals(broken, rulesBroken(proposal, List.of(), List.of()).contains(Rule.START_DATE));
    }

    @ParameterizedTest(name = "PMO open {0} to {1}: broken = {2}")
    @CsvSource({
            "2020-01-01, ,           false",
            "2020-01-01, 2028-02-29, false",   // closes on the rotation's last day
            "2020-01-01, 2028-02-28, true",    // closes the day before
            "2027-03-01, ,           false",   // opens on the first day
            "2027-03-02, ,           true",    // opens the day after
    })
    void pmoIsOpenForTheWholePeriod(LocalDate opens, LocalDate closes, boolean broken) {
        Pmo pmo = pmo("P", "Program PMO", PmoTier.PROGRAM, 1, 1, closes == null ? Period.from(opens) : Period.of(opens, closes));
        assertEquals(broken, rulesBroken(Proposal.of(ada, pmo, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12)), List.of(), List.of())
                .contains(Rule.PMO_OPEN));
    }

    @Test
    void theStaffMemberIsActive() {
        ada.deactivate();
        List<Violation> violations = check(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12)), List.of(), List.of());
        assertEquals(List.of(new Violation(Rule.ACTIVE_STAFF, "Ada Rossi is not an active staff member.")), violations);
    }

    @ParameterizedTest(name = "{0} in a {1} PMO as {2}: broken = {3}")
    @CsvSource({
            "PMO_ANALYST, DEPARTMENT, PROJECT_COORDINATOR,    false",
            "PMO_MANAGER, DEPARTMENT, PROJECT_MANAGER,        true",
            "PMO_MANAGER, DEPARTMENT, SENIOR_PROJECT_MANAGER, false",
            "PMO_MANAGER, PROGRAM,    PORTFOLIO_MANAGER,      false",
            "PMO_ANALYST, ENTERPRISE, PROJECT_COORDINATOR,    true",
            "PMO_ANALYST, ENTERPRISE, PROJECT_MANAGER,        false",
            "PMO_MANAGER, ENTERPRISE, PROJECT_MANAGER,        true",
            "PMO_MANAGER, ENTERPRISE, SENIOR_PROJECT_MANAGER, false",
    })
    void eligibilityByRoleTierAndLevel(PmoRole role, PmoTier tier, CareerLevel level, boolean broken) {
        Staff person = person("E2", "Jun Chen", LocalDate.of(2015, 1, 1), level);
        Pmo pmo = pmo("P", "Some PMO", tier, 3, 3, Period.from(LocalDate.of(2020, 1, 1)));
        assertEquals(broken, rulesBroken(Proposal.of(person, pmo, role, Period.ofMonths(START, 12)), List.of(), List.of())
                .contains(Rule.ELIGIBILITY));
    }

    @ParameterizedTest(name = "promoted to senior on {0}: broken = {1}")
    @CsvSource({"2027-03-01, false", "2027-03-02, true"})
    void eligibilityUsesTheLevelOnTheFirstDay(LocalDate promoted, boolean broken) {
        Staff person = person("E3", "Ines Silva", LocalDate.of(2015, 1, 1), CareerLevel.PROJECT_MANAGER);
        person.changeLevel(CareerLevel.SENIOR_PROJECT_MANAGER, promoted);
        assertEquals(broken, rulesBroken(Proposal.of(person, finance, PmoRole.PMO_MANAGER, Period.ofMonths(START, 12)), List.of(), List.of())
                .contains(Rule.ELIGIBILITY));
    }

    @ParameterizedTest(name = "hired {0}: broken = {1}")
    @CsvSource({"2026-03-01, false", "2026-03-02, true", "2025-01-01, false"})
    void tenureIsTwelveMonthsSinceHire(LocalDate hired, boolean broken) {
        Staff person = person("E4", "Tom Berg", hired, CareerLevel.PROJECT_MANAGER);
        assertEquals(broken, rulesBroken(Proposal.of(person, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12)), List.of(), List.of())
                .contains(Rule.TENURE));
    }

    @ParameterizedTest(name = "earlier rotation ends {0}: overlap {1}, cool-off {2}")
    @CsvSource({
            "2027-03-01, true,  false",   // ends on the first day: overlap
            "2027-02-28, false, true",    // ends the day before: no overlap, but no time back in projects
            "2026-03-01, false, true",    // exactly 12 months before: not yet enough
            "2026-02-28, false, false",   // 12 months and a day
    })
    void ownRotationsNeitherOverlapNorFollowTooClosely(LocalDate earlierEnd, boolean overlap, boolean coolOff) {
        Pmo other = pmo("OPS", "Operations PMO", PmoTier.DEPARTMENT, 1, 1, Period.from(LocalDate.of(2019, 1, 1)));
        Rotation earlier = new Rotation(ada, other, PmoRole.PMO_ANALYST, Period.of(earlierEnd.minusMonths(12).plusDays(1), earlierEnd),
                Set.of(Objective.LEADERSHIP_NETWORK), BY_MANAGER);
        Set<Rule> rules = rulesBroken(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12)), List.of(earlier), List.of());
        assertEquals(overlap, rules.contains(Rule.OVERLAP));
        assertEquals(coolOff, rules.contains(Rule.COOL_OFF));
    }

    @Test
    void aLaterRotationNeedsTheCoolOffToo() {
        Pmo other = pmo("OPS", "Operations PMO", PmoTier.DEPARTMENT, 1, 1, Period.from(LocalDate.of(2019, 1, 1)));
        Rotation later = rotation(ada, other, PmoRole.PMO_ANALYST, LocalDate.of(2028, 9, 1), 12);
        List<Violation> violations = check(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12)), List.of(later), List.of());
        assertEquals(List.of(Rule.COOL_OFF), violations.stream().map(Violation::rule).toList());
        assertTrue(violations.get(0).message().contains("must end by 2027-08-31"), violations.get(0).message());
    }

    @Test
    void cancelledAndReplacedRotationsDoNotCount() {
        Rotation cancelled = rotation(ada, finance, PmoRole.PMO_ANALYST, START, 12);
        cancelled.cancel(BY_MANAGER.because("Withdrew"));
        Rotation replaced = rotation(ada, finance, PmoRole.PMO_ANALYST, START, 12);
        Proposal extension = new Proposal(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 18), replaced, false);
        assertEquals(List.of(), check(extension, List.of(cancelled, replaced), List.of(cancelled, replaced)));
    }

    @Test
    void seatsFullOnTheFirstDayNameWhoHoldsThem() {
        Staff jun = person("E5", "Jun Chen", LocalDate.of(2015, 1, 1), CareerLevel.PROJECT_MANAGER);
        Staff lea = person("E6", "Lea Novak", LocalDate.of(2015, 1, 1), CareerLevel.PROJECT_MANAGER);
        List<Rotation> seat = List.of(
                rotation(jun, finance, PmoRole.PMO_ANALYST, LocalDate.of(2026, 10, 1), 12),   // to 2027-09-30
                rotation(lea, finance, PmoRole.PMO_ANALYST, LocalDate.of(2026, 4, 1), 18));   // to 2027-09-30
        List<Violation> violations = check(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12)), List.of(), seat);
        assertEquals(List.of(new Violation(Rule.SEATS, "Finance Transformation PMO has 2 PMO analyst seats and both are taken"
                + " from 2027-03-01 to 2027-09-30 (Jun Chen, Lea Novak).")), violations);
    }

    @ParameterizedTest(name = "second holder from {0}: broken = {1}")
    @CsvSource({
            "2028-02-29, true",    // arrives on the rotation's last day: full that day
            "2028-03-01, false",   // arrives the day after
    })
    void seatsAreCheckedOnEveryDayUpToTheLast(LocalDate arrives, boolean broken) {
        Staff jun = person("E5", "Jun Chen", LocalDate.of(2015, 1, 1), CareerLevel.PROJECT_MANAGER);
        Staff lea = person("E6", "Lea Novak", LocalDate.of(2015, 1, 1), CareerLevel.PROJECT_MANAGER);
        List<Rotation> seat = List.of(
                rotation(jun, finance, PmoRole.PMO_ANALYST, LocalDate.of(2026, 6, 1), 24),   // to 2028-05-31
                rotation(lea, finance, PmoRole.PMO_ANALYST, arrives, 12));
        assertEquals(broken, rulesBroken(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12)), List.of(), seat)
                .contains(Rule.SEATS));
    }

    @Test
    void otherRolesAndCurtailedEndsFreeTheSeat() {
        Staff jun = person("E5", "Jun Chen", LocalDate.of(2015, 1, 1), CareerLevel.SENIOR_PROJECT_MANAGER);
        Rotation manager = rotation(jun, finance, PmoRole.PMO_MANAGER, LocalDate.of(2026, 6, 1), 12);
        Staff lea = person("E6", "Lea Novak", LocalDate.of(2015, 1, 1), CareerLevel.PROJECT_MANAGER);
        Rotation curtailed = rotation(lea, finance, PmoRole.PMO_ANALYST, LocalDate.of(2026, 6, 1), 24);
        curtailed.approve(BY_MANAGER);
        curtailed.activate(BY_MANAGER);
        curtailed.curtail(LocalDate.of(2027, 2, 28), BY_MANAGER.because("Needed back"));
        Staff tom = person("E7", "Tom Berg", LocalDate.of(2015, 1, 1), CareerLevel.PROJECT_MANAGER);
        Rotation analyst = rotation(tom, finance, PmoRole.PMO_ANALYST, LocalDate.of(2026, 6, 1), 24);
        assertEquals(List.of(), check(Proposal.of(ada, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12)), List.of(),
                List.of(manager, curtailed, analyst)));
    }

    @Test
    void aPmoWithoutSeatsInTheRoleRefusesIt() {
        Pmo noManagers = pmo("NZ", "Net Zero PMO", PmoTier.PROGRAM, 1, 0, Period.from(LocalDate.of(2020, 1, 1)));
        List<Violation> violations = check(Proposal.of(ada, noManagers, PmoRole.PMO_MANAGER, Period.ofMonths(START, 12)), List.of(), List.of());
        assertEquals(List.of(new Violation(Rule.SEATS, "Net Zero PMO has no PMO manager seats.")), violations);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Staff newcomer = person("E8", "Nia Mensah", LocalDate.of(2026, 9, 1), CareerLevel.PROJECT_COORDINATOR);
        Pmo enterprise = pmo("EPMO", "Enterprise PMO", PmoTier.ENTERPRISE, 1, 1, Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2027, 12, 31)));
        Set<Rule> rules = rulesBroken(Proposal.of(newcomer, enterprise, PmoRole.PMO_MANAGER, Period.ofMonths(LocalDate.of(2027, 1, 1), 30)),
                List.of(), List.of());
        assertEquals(EnumSet.of(Rule.DURATION, Rule.START_DATE, Rule.PMO_OPEN, Rule.ELIGIBILITY, Rule.TENURE), rules);
    }
}
