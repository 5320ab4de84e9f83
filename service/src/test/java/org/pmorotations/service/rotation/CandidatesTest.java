package org.pmorotations.service.rotation;

import org.pmorotations.domain.rotation.Objective;
import org.pmorotations.domain.rotation.Policy;
import org.pmorotations.domain.rotation.Rotation;

import org.junit.jupiter.api.Test;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidatesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final LocalDate START = LocalDate.of(2027, 6, 1);
    private final Pmo finance = new Pmo("FIN", "Finance PMO", PmoTier.DEPARTMENT, Seats.of(2, 1), Period.from(LocalDate.of(2018, 1, 1)));
    private final Pmo ops = new Pmo("OPS", "Operations PMO", PmoTier.DEPARTMENT, Seats.of(2, 1), Period.from(LocalDate.of(2018, 1, 1)));
    private final Candidates.Seat seat = new Candidates.Seat(finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12));

    private static Staff person(String number, LocalDate hired, CareerLevel level) {
        return new Staff(EmployeeNumber.of(number), "Person " + number, number.toLowerCase() + "@example.com", "Finance", hired, level);
    }

    private Rotation past(Staff person, LocalDate start) {
        return new Rotation(person, ops, PmoRole.PMO_ANALYST, Period.ofMonths(start, 12), Set.of(Objective.PROCESS_IMPROVEMENT),
                Change.by("pmo.manager", start.minusMonths(2).atStartOfDay()));
    }

    @Test
    void neverRotatedFirstThenLongestBackThenClosestLevelThenTenure() {
        Staff senior = person("E1", LocalDate.of(2010, 1, 1), CareerLevel.PROGRAM_MANAGER);
        Staff coordinator = person("E2", LocalDate.of(2016, 1, 1), CareerLevel.PROJECT_COORDINATOR);
        Staff olderCoordinator = person("E3", LocalDate.of(2012, 1, 1), CareerLevel.PROJECT_COORDINATOR);
        Staff backLongAgo = person("E4", LocalDate.of(2012, 1, 1), CareerLevel.PROJECT_MANAGER);
        Staff backRecently = person("E5", LocalDate.of(2012, 1, 1), CareerLevel.PROJECT_MANAGER);
        Staff tooSoon = person("E6", LocalDate.of(2012, 1, 1), CareerLevel.PROJECT_MANAGER);
        Staff tooNew = person("E7", LocalDate.of(2026, 9, 1), CareerLevel.PROJECT_MANAGER);
        Map<Staff, List<Rotation>> rotations = Map.of(
                backLongAgo, List.of(past(backLongAgo, LocalDate.of(2019, 1, 1))),
                backRecently, List.of(past(backRecently, LocalDate.of(2024, 1, 1))),
                tooSoon, List.of(past(tooSoon, LocalDate.of(2025, 9, 1))));

        List<Candidate> ranked = Candidates.rank(List.of(senior, coordinator, olderCoordinator, backLongAgo, backRecently, tooSoon, tooNew),
                rotations, seat, List.of(), Policy.DEFAULTS, TODAY);

        assertEquals(List.of("E3", "E2", "E1", "E4", "E5"), ranked.stream().map(c -> c.staff().getEmployeeNumber().value()).toList(),
                "E6 needs more time back in projects, E7 more tenure");
        assertTrue(ranked.get(0).reason().startsWith("Never rotated; project coordinator"), ranked.get(0).reason());
        assertTrue(ranked.get(3).reason().startsWith("Back in project roles since 2020-01-01"), ranked.get(3).reason());
    }

    @Test
    void aFullSeatHasNoCandidates() {
        Staff a = person("E1", LocalDate.of(2010, 1, 1), CareerLevel.PROJECT_MANAGER);
        Staff b = person("E2", LocalDate.of(2010, 1, 1), CareerLevel.PROJECT_MANAGER);
        Staff c = person("E3", LocalDate.of(2010, 1, 1), CareerLevel.PROJECT_MANAGER);
        List<Rotation> holders = List.of(
                new Rotation(a, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12), Set.of(Objective.PROCESS_IMPROVEMENT),
                        Change.by("m", TODAY.atStartOfDay())),
                new Rotation(b, finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 12), Set.of(Objective.PROCESS_IMPROVEMENT),
                        Change.by("m", TODAY.atStartOfDay())));
        assertEquals(List.of(), Candidates.rank(List.of(c), Map.of(), seat, holders, Policy.DEFAULTS, TODAY));
        assertTrue(Candidates.nobodyCanTake(c, List.of(), seat, holders, Policy.DEFAULTS, TODAY),
                "a full seat is full for everybody: no need to examine anyone else");
        assertFalse(Candidates.nobodyCanTake(c, List.of(), seat, holders.subList(0, 1), Policy.DEFAULTS, TODAY),
                "one seat of two still free");
        Staff tooNew = person("E4", LocalDate.of(2026, 12, 1), CareerLevel.PROJECT_MANAGER);
        assertFalse(Candidates.nobodyCanTake(tooNew, List.of(), seat, List.of(), Policy.DEFAULTS, TODAY),
                "a rule of the person's own (tenure) says nothing of the others");
        Candidates.Seat tooLong = new Candidates.Seat(finance, PmoRole.PMO_ANALYST, Period.ofMonths(START, 30));
        assertTrue(Candidates.nobodyCanTake(c, List.of(), tooLong, List.of(), Policy.DEFAULTS, TODAY), "a period nobody may rotate for");
    }
}
