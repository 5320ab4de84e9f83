package org.pmorotations.service.report;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.rotation.RotationStatus;
import org.pmorotations.domain.staff.CareerLevel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report figures on a small hand-made organisation whose right answers are worked out next to
 * each assertion, run on each database the product supports (one subclass per database: each gets
 * a fresh schema by the project's own migrations).
 *
 * <p>The organisation, as of D = 2027-01-15 (quarter days: 2027-04-01, 07-01, 10-01, 2028-01-01):
 * <pre>
 * PMOs  FIN  DEPARTMENT 2 analysts + 1 manager, open since 2018
 *       ENT  ENTERPRISE 1 analyst, open since 2018
 *       PRG  PROGRAM    2 analysts, open 2018 to 2027-03-31
 * Staff (hired 2015-01-01 unless said; department; current level)
 *   E1 Finance SPM   PM at hire, promoted to SPM 2025-06-01
 *   E2 Finance PC    E3 IT SPM    E4 IT PM, no longer active
 *   E5 Finance PM    PC at hire, promoted to PM 2026-06-01, never rotated
 *   E6 IT PM         never rotated (one cancelled rotation)
 *   E7 IT PC         hired 2026-06-01, never rotated
 *   E8 Finance SPM   E9 IT SPM    E10 Finance PC (one approved rotation, not started)
 * Rotations
 *   R1 E1 FIN analyst 2024-01-01..2024-12-31 COMPLETED, extended once; return 2025-01-01 (1 day) at PM, reserved 2024-10-01 (91 days before)
 *   R2 E2 FIN analyst 2025-03-01..2026-02-28 CURTAILED on its first day 2025-03-01; return 2025-03-01 (0 days) at PC, reserved that day
 *   R3 E3 ENT analyst 2025-01-01..2025-12-31 COMPLETED; return on its last day 2025-12-31 (0 days) at PROGRAM_MANAGER, reserved 2025-09-01 (121 days before)
 *   R4 E4 PRG analyst 2023-01-01..2023-12-31 COMPLETED; return 2024-03-30 (90 days) at PM, reserved 2023-12-01 (30 days before)
 *   R5 E8 FIN manager 2024-10-01..2026-12-31 ACTIVE, overdue (planned end passed)
 *   R6 E9 ENT analyst 2026-02-01..2027-02-28 ACTIVE, no return placement
 *   R7 E10 FIN analyst 2027-02-01..2028-01-31 APPROVED
 *   R8 E1 FIN analyst 2027-03-01..2028-02-29 PROPOSED (keeps its seat: neither filled nor open)
 *   R9 E6 ENT analyst 2026-06-01..2027-05-31 CANCELLED (counts nowhere)
 * </pre>
 */
abstract class ReportQueriesContract {

    static final LocalDate D = LocalDate.of(2027, 1, 15);
    static final int AT_RISK_DAYS = 60;

    private Connection connection;
    private long nextId = 1000;

    /** A connection to an empty schema migrated by the project's Flyway scripts. */
    abstract Connection openMigratedSchema() throws Exception;

    abstract void dropSchema(Connection connection) throws Exception;

    @BeforeEach
    void open() throws Exception {
        connection = openMigratedSchema();
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null) {
            dropSchema(connection);
            connection.close();
        }
    }

    private ReportSummary summary(ReportFilter filter) throws SQLException {
        return new ReportQueries(connection).summary(D, filter, AT_RISK_DAYS);
    }

    @Test
    void noRotationsAtAllGivesZerosAndUnknownRatesNotZeroRates() throws Exception {
        ReportSummary summary = summary(ReportFilter.NONE);

        assertEquals(0, summary.activeRotations());
        assertTrue(summary.seatFillByTier().isEmpty(), "no PMO, no seats");
        assertEquals(new Pipeline(0, 0, 0), summary.pipeline());
        assertEquals(0, summary.outcomes().ended());
        assertNull(summary.outcomes().completed().rate(), "0 of 0 is unknown, not 0 %");
        assertEquals(0, summary.reintegration().returns());
        assertNull(summary.reintegration().medianDays());
        assertNull(summary.reintegration().p90Days());
        assertNull(summary.promotionWithin12Months().rotated().rate());
        assertNull(summary.retentionAfter24Months().neverRotated().rate());
        assertEquals(new RiskCounts(0, 0, 0), summary.risks());
        assertEquals(5, summary.participation().size(), "every career level, each 0 of 0");
        assertTrue(summary.participation().stream().allMatch(level -> level.rotated().whole() == 0));
        assertEquals(12, summary.quarters().size());
        assertNull(summary.wayBack().intoOpenRole().rate());
        assertNull(summary.wayBack().backfillsFilled().rate());
        assertNull(summary.wayBack().medianDaysToFill());
        assertTrue(summary.wayBack().roomToReturn().stream().allMatch(room -> room.openRoles() == 0 && room.rotationsEnding() == 0));
        assertTrue(summary.quarters().stream().allMatch(quarter -> quarter.started() == 0 && quarter.completed() == 0));
    }

    @Test
    void activeRotationsAndSeatFill() throws Exception {
        organisation();
        ReportSummary summary = summary(ReportFilter.NONE);

        // R5 (active, overdue: still holds its seat) + R6 (2026-02-01..2027-02-28); R7 starts later, R8 proposed, R9 cancelled
        assertEquals(2, summary.activeRotations());

        // On D: FIN 3 seats, R5 holds 1; ENT 1 seat, R6 holds it; PRG 2 seats, none held
        assertEquals(new SeatFill(D, "DEPARTMENT", null, null, 3, 1, 0, 2), fill(summary.seatFillByTier(), D, "DEPARTMENT"));
        assertEquals(new SeatFill(D, "ENTERPRISE", null, null, 1, 1, 0, 0), fill(summary.seatFillByTier(), D, "ENTERPRISE"));
        assertEquals(new SeatFill(D, "PROGRAM", null, null, 2, 0, 0, 2), fill(summary.seatFillByTier(), D, "PROGRAM"));
        assertEquals(1.0 / 3, fill(summary.seatFillByTier(), D, "DEPARTMENT").fill().rate(), 1e-9);

        // 2027-04-01: FIN holds R5 (overdue on D, so still holding) + R7 (approved, started 02-01) = 2 of 3, and R8, proposed,
        // keeps the last seat (as for the SEATS rule and the bench): none open; ENT: R6 ended 02-28, 0 of 1;
        // PRG closed on 2027-03-31, so no PROGRAM seats at all that day
        LocalDate april = LocalDate.of(2027, 4, 1);
        assertEquals(new SeatFill(april, "DEPARTMENT", null, null, 3, 2, 1, 0), fill(summary.seatFillByTier(), april, "DEPARTMENT"));
        assertEquals(new SeatFill(april, "DEPARTMENT", "FIN", "PMO_ANALYST", 2, 1, 1, 0), fillOf(summary, april, "FIN", "PMO_ANALYST"));
        assertEquals(new SeatFill(april, "ENTERPRISE", null, null, 1, 0, 0, 1), fill(summary.seatFillByTier(), april, "ENTERPRISE"));
        assertTrue(summary.seatFillByTier().stream().noneMatch(row -> row.day().equals(april) && row.tier().equals("PROGRAM")));
        // five days: D and the first days of the next four quarters
        assertEquals(List.of(D, april, LocalDate.of(2027, 7, 1), LocalDate.of(2027, 10, 1), LocalDate.of(2028, 1, 1)),
                summary.seatFillByTier().stream().map(SeatFill::day).distinct().toList());

        // Per PMO and role on D: FIN manager 1 of 1, FIN analyst 0 of 2
        assertEquals(new SeatFill(D, "DEPARTMENT", "FIN", "PMO_MANAGER", 1, 1, 0, 0), fillOf(summary, D, "FIN", "PMO_MANAGER"));
        assertEquals(new SeatFill(D, "DEPARTMENT", "FIN", "PMO_ANALYST", 2, 0, 0, 2), fillOf(summary, D, "FIN", "PMO_ANALYST"));

        // open seats on D: FIN analyst 2 + PRG analyst 2 = 4 (every other seat held or nonexistent)
        // starts in (D, D+90]: R7 on 2027-02-01 = 1; ends in [D, D+90]: R6 on 2027-02-28 = 1 (R5's planned end is before D)
        assertEquals(new Pipeline(1, 1, 4), summary.pipeline());
    }

    @Test
    void outcomesAndTimeToReintegrate() throws Exception {
        organisation();
        ReportSummary summary = summary(ReportFilter.NONE);

        // Ended by D: R1, R3, R4 completed, R2 curtailed = 4; R1 extended once
        assertEquals(4, summary.outcomes().ended());
        assertEquals(new Ratio(3, 4), summary.outcomes().completed());
        assertEquals(new Ratio(1, 4), summary.outcomes().curtailed());
        assertEquals(new Ratio(1, 4), summary.outcomes().extended());

        // Days back: R2 0 (curtailed on its first day, back that day), R3 0 (back on its last day), R1 1, R4 90
        // sorted 0, 0, 1, 90. Median: position (4-1)*0.5 = 1.5, between 0 and 1 = 0.5.
        // 90th percentile: position (4-1)*0.9 = 2.7, between 1 and 90: 1 + 0.7*(90-1) = 63.3
        assertEquals(4, summary.reintegration().returns());
        assertEquals(0.5, summary.reintegration().medianDays(), 1e-9);
        assertEquals(63.3, summary.reintegration().p90Days(), 1e-9);
        // reserved >= 60 days before the end: R1 (91) and R3 (121); not R2 (0) nor R4 (30) = 2 of 4
        assertEquals(new Ratio(2, 4), summary.reintegration().reservedEarly());

        // distribution: 0 days: R2, R3 = 2; 1-7: R1 = 1; 8-30: 0; 31-90: R4 = 1; 91 and more: 0
        assertEquals(List.of(2L, 1L, 0L, 1L, 0L),
                summary.reintegrationDistribution().stream().map(ReintegrationBucket::rotations).toList());
        assertEquals(List.of("0", "1-7", "8-30", "31-90", "> 90"),
                summary.reintegrationDistribution().stream().map(ReintegrationBucket::label).toList());
    }

    @Test
    void theWayBackIntoProjectRoles() throws Exception {
        organisation();
        wayBackOrganisation();
        WayBack all = summary(ReportFilter.NONE).wayBack();

        // The four returns of Reintegration: R1 into OR1, an open role; R2, R3, R4 not = 1 of 4.
        assertEquals(new Ratio(1, 4), all.intoOpenRole());
        // Home project: E1 held a role on P1 until the day before R1 and came back to P1; E2 likewise (R2);
        // E3 was on P2 before R3 and came back to P1; E4 had no role before R4 = 2 of 4.
        assertEquals(new Ratio(2, 4), all.intoHomeProject());
        // Backfills of rotations not cancelled, started by D: B1 (R5), B2 (R6), B5 (R3), B6 (R4); not B3 (R7 starts
        // 2027-02-01) nor B4 (R9 cancelled). Filled by a role started by D: B1 (40 days), B5 (60 days); B6's filling
        // role starts after D, B2 is open = 2 of 4, median of 40 and 60 = 50.
        assertEquals(new Ratio(2, 4), all.backfillsFilled());
        assertEquals(50.0, all.medianDaysToFill(), 1e-9);

        // Room to come back, per quarter and level (open roles / rotations ending):
        // B2 (open, senior project manager) and B3 (open, project coordinator), both on P1 without an end, in every
        // quarter; OR2 (project manager) until P2 ends 2027-06-30: Q2 only; OR3 (project coordinator to project manager)
        // 2027-08-15..09-30: Q3 only; OR4 withdrawn, OR1 filled: never. Ending: R7 (E10, project coordinator) on
        // 2028-01-31: 2028 Q1.
        assertEquals(20, all.roomToReturn().size(), "four quarters of five levels");
        assertRoom(all, "2027-04-01", "SENIOR_PROJECT_MANAGER", 1, 0);
        assertRoom(all, "2027-04-01", "PROJECT_MANAGER", 1, 0);
        assertRoom(all, "2027-04-01", "PROJECT_COORDINATOR", 1, 0);
        assertRoom(all, "2027-07-01", "PROJECT_MANAGER", 0, 0);
        assertRoom(all, "2027-07-01", "PROJECT_COORDINATOR", 2, 0);
        assertRoom(all, "2027-10-01", "SENIOR_PROJECT_MANAGER", 1, 0);
        assertRoom(all, "2028-01-01", "PROJECT_COORDINATOR", 1, 1);
        assertRoom(all, "2028-01-01", "SENIOR_PROJECT_MANAGER", 1, 0);
        assertEquals(10, all.roomToReturn().stream().mapToLong(room -> room.openRoles()).sum());
        assertEquals(1, all.roomToReturn().stream().mapToLong(room -> room.rotationsEnding()).sum());

        // Finance: the returns of E1 and E2 (R1 into OR1, both home); backfills B1 (E8); OR3 is in Finance, B2, B3 and OR2 in IT.
        WayBack finance = summary(new ReportFilter(null, null, "Finance")).wayBack();
        assertEquals(new Ratio(1, 2), finance.intoOpenRole());
        assertEquals(new Ratio(2, 2), finance.intoHomeProject());
        assertEquals(new Ratio(1, 1), finance.backfillsFilled());
        assertEquals(40.0, finance.medianDaysToFill(), 1e-9);
        assertEquals(1, finance.roomToReturn().stream().mapToLong(room -> room.openRoles()).sum());
        assertRoom(finance, "2027-07-01", "PROJECT_COORDINATOR", 1, 0);
        assertRoom(finance, "2028-01-01", "PROJECT_COORDINATOR", 0, 1);
    }

    private static void assertRoom(WayBack wayBack, String quarter, String level, long openRoles, long ending) {
        RoomToReturn room = wayBack.roomToReturn().stream()
                .filter(cell -> cell.quarter().equals(LocalDate.parse(quarter)) && cell.level() == CareerLevel.valueOf(level))
                .findFirst().orElseThrow();
        assertEquals(openRoles, room.openRoles(), "open roles " + quarter + " " + level);
        assertEquals(ending, room.rotationsEnding(), "rotations ending " + quarter + " " + level);
    }

    @Test
    void promotionAndRetentionBesideStaffWhoNeverRotated() throws Exception {
        organisation();
        ReportSummary summary = summary(ReportFilter.NONE);

        // Returns started by D - 12 months = 2026-01-15: R1 (2025-01-01), R2 (2025-03-01), R3 (2025-12-31), R4 (2024-03-30) = 4.
        // Promoted: R1 (PM before, SPM on 2025-06-01, within 12 months), R3 (SPM before, returned at PROGRAM_MANAGER);
        // not R2 (PC throughout) nor R4 (PM throughout) = 2 of 4
        assertEquals(new Ratio(2, 4), summary.promotionWithin12Months().rotated());
        // Never rotated and hired by 2026-01-15: E5, E6, E10 (E7 hired 2026-06-01; E6's rotation was cancelled,
        // E10's only approved). Promoted between 2026-01-15 and D: E5 (PC to PM on 2026-06-01) = 1 of 3
        assertEquals(new Ratio(1, 3), summary.promotionWithin12Months().neverRotated());

        // Returns started by D - 24 months = 2025-01-15: R1 (2025-01-01), R4 (2024-03-30) = 2; promoted R1 = 1 of 2
        assertEquals(new Ratio(1, 2), summary.promotionWithin24Months().rotated());
        // Never rotated, hired by 2025-01-15: E5, E6, E10; E5 promoted within 2025-01-15..D = 1 of 3
        assertEquals(new Ratio(1, 3), summary.promotionWithin24Months().neverRotated());

        // Still active: of R1..R4's people, all but E4 = 3 of 4; of R1, R4: 1 of 2; never rotated: all 3 of 3
        assertEquals(new Ratio(3, 4), summary.retentionAfter12Months().rotated());
        assertEquals(new Ratio(3, 3), summary.retentionAfter12Months().neverRotated());
        assertEquals(new Ratio(1, 2), summary.retentionAfter24Months().rotated());
        assertEquals(new Ratio(3, 3), summary.retentionAfter24Months().neverRotated());
    }

    @Test
    void participationRisksAndQuarters() throws Exception {
        organisation();
        ReportSummary summary = summary(ReportFilter.NONE);

        // Active staff by current level (E4 left): PC E2 (rotated), E7, E10 = 1 of 3; PM E5, E6 = 0 of 2;
        // SPM E1, E3, E8, E9, all rotated = 4 of 4; no one higher
        assertEquals(List.of(new Participation(CareerLevel.PROJECT_COORDINATOR, new Ratio(1, 3)),
                new Participation(CareerLevel.PROJECT_MANAGER, new Ratio(0, 2)),
                new Participation(CareerLevel.SENIOR_PROJECT_MANAGER, new Ratio(4, 4)),
                new Participation(CareerLevel.PROGRAM_MANAGER, new Ratio(0, 0)),
                new Participation(CareerLevel.PORTFOLIO_MANAGER, new Ratio(0, 0))), summary.participation());

        // At risk: R6 ends 2027-02-28, within D..D+60, no return = 1 (R7 ends 2028, R5's end is past);
        // past 24 months: R5 started 2024-10-01, before D - 24 months = 2025-01-15 = 1; overdue: R5 = 1
        assertEquals(new RiskCounts(1, 1, 1), summary.risks());
        RiskLists lists = new ReportQueries(connection).riskLists(D, ReportFilter.NONE, AT_RISK_DAYS, 10);
        assertEquals(List.of("E9"), lists.atRisk().stream().map(RiskRow::employeeNumber).toList());
        assertEquals(List.of("E8"), lists.longStays().stream().map(RiskRow::employeeNumber).toList());
        assertEquals(List.of("E8"), lists.overdue().stream().map(RiskRow::employeeNumber).toList());
        assertEquals(LocalDate.of(2027, 2, 28), lists.atRisk().get(0).end());

        // Twelve quarters, 2024 Q2 to 2027 Q1. Started: R5 2024 Q4; R3 and R2 2025 Q1; R6 2026 Q1.
        // Completed: R1 2024 Q4 (2024-12-31), R3 2025 Q4 (2025-12-31); R4 (2023) is before the window
        assertEquals("2024 Q2", summary.quarters().get(0).label());
        assertEquals("2027 Q1", summary.quarters().get(11).label());
        assertEquals(new QuarterActivity(2024, 4, 1, 1), quarter(summary, 2024, 4));
        assertEquals(new QuarterActivity(2025, 1, 2, 0), quarter(summary, 2025, 1));
        assertEquals(new QuarterActivity(2025, 4, 0, 1), quarter(summary, 2025, 4));
        assertEquals(new QuarterActivity(2026, 1, 1, 0), quarter(summary, 2026, 1));
        // nothing else in the window: 4 starts + 2 completions = 6
        assertEquals(6, summary.quarters().stream().mapToLong(q -> q.started() + q.completed()).sum());
    }

    @Test
    void filtersByTierPmoAndDepartment() throws Exception {
        organisation();

        ReportSummary enterprise = summary(new ReportFilter(PmoTier.ENTERPRISE, null, null));
        // ENT only: R6 active; R3 ended (completed) = 1 of 1; the at-risk R6
        assertEquals(1, enterprise.activeRotations());
        assertEquals(new Ratio(1, 1), enterprise.outcomes().completed());
        assertEquals(new RiskCounts(1, 0, 0), enterprise.risks());
        assertTrue(enterprise.seatFillByTier().stream().allMatch(row -> row.tier().equals("ENTERPRISE")));

        ReportSummary fin = summary(new ReportFilter(null, "fin", null));
        // FIN (code in any case): R5 active; ended R1 completed, R2 curtailed = 2; open seats on D: 2 analysts
        assertEquals(1, fin.activeRotations());
        assertEquals(2, fin.outcomes().ended());
        assertEquals(2, fin.pipeline().openSeats());

        ReportSummary it = summary(new ReportFilter(null, null, "IT"));
        // IT people: R6 (E9) active; R3 (E3) and R4 (E4) ended; never rotated and hired by 2026-01-15: E6 only
        assertEquals(1, it.activeRotations());
        assertEquals(2, it.outcomes().ended());
        assertEquals(new Ratio(0, 1), it.promotionWithin12Months().neverRotated());
        // seats belong to PMOs: on D every open seat counts, held only by IT people: ENT's by E9 = 1 of 6
        assertEquals(6, it.seatFillByTier().stream().filter(row -> row.day().equals(D)).mapToLong(SeatFill::seats).sum());
        assertEquals(1, it.seatFillByTier().stream().filter(row -> row.day().equals(D)).mapToLong(SeatFill::filled).sum());
    }

    // ---------------------------------------------------------------- the lists behind the figures

    private RotationListPage list(RotationListQuery query) throws SQLException {
        return new ReportQueries(connection).rotationList(query, AT_RISK_DAYS, D);
    }

    private static RotationListQuery query(ReportFilter filter, LocalDate activeOn, LocalDate startedFrom, LocalDate startedTo,
                                           LocalDate completedFrom, LocalDate completedTo, LocalDate returnedTo, int months) {
        return new RotationListQuery(D, filter, null, null, null, activeOn, startedFrom, startedTo, completedFrom, completedTo, null,
                returnedTo, months, RotationListQuery.Sort.START, false, 0, 50);
    }

    @Test
    void eachListHasAsManyRotationsAsTheFigureItIsBehind() throws Exception {
        organisation();
        for (ReportFilter filter : List.of(ReportFilter.NONE, new ReportFilter(PmoTier.DEPARTMENT, null, null),
                new ReportFilter(null, "ENT", null), new ReportFilter(null, null, "IT"))) {
            ReportSummary summary = summary(filter);
            RotationListPage active = list(query(filter, D, null, null, null, null, null, 0));
            assertEquals(summary.activeRotations(), active.total(), "active rotations, " + filter);
            assertEquals(active.total(), active.rows().size());

            assertEquals(summary.reintegration().returns(), list(query(filter, null, null, null, null, null, D, 0)).total(),
                    "returns, " + filter);
            assertEquals(summary.promotionWithin12Months().rotated().whole(),
                    list(query(filter, null, null, null, null, null, D, 12)).total(), "returners 12 months, " + filter);
            assertEquals(summary.retentionAfter24Months().rotated().whole(),
                    list(query(filter, null, null, null, null, null, D, 24)).total(), "returners 24 months, " + filter);

            LocalDate first = LocalDate.of(summary.quarters().get(0).year(), summary.quarters().get(0).quarter() * 3 - 2, 1);
            assertEquals(summary.quarters().stream().mapToLong(QuarterActivity::started).sum(),
                    list(query(filter, null, first, D, null, null, null, 0)).total(), "started, " + filter);
            assertEquals(summary.quarters().stream().mapToLong(QuarterActivity::completed).sum(),
                    list(query(filter, null, null, null, first, D, null, 0)).total(), "completed, " + filter);
        }
    }

    @Test
    void aListShowsWhoWhereTheFlagsAndTheDaysToReintegrate() throws Exception {
        organisation();
        // Active on D: R5 (E8, overdue: planned end 2026-12-31 before D) and R6 (E9, ends 2027-02-28 without a return: at risk)
        List<RotationListRow> active = list(query(ReportFilter.NONE, D, null, null, null, null, null, 0)).rows();
        assertEquals(List.of("E8", "E9"), active.stream().map(RotationListRow::employeeNumber).toList());
        assertTrue(active.get(0).overdue() && !active.get(0).atRisk());
        assertTrue(active.get(1).atRisk() && !active.get(1).overdue());
        assertEquals("FIN", active.get(0).pmoCode());
        assertEquals("DEPARTMENT", active.get(0).tier());

        // Returns, longest time back first: R4 (E4) 90 days, R1 (E1) 1, then R2 and R3 with 0 (later start first, the sort
        // being descending: R2 2025-03-01, R3 2025-01-01)
        RotationListPage returns = list(new RotationListQuery(D, null, null, null, null, null, null, null, null, null, null, D, 0,
                RotationListQuery.Sort.DAYS_TO_REINTEGRATE, true, 0, 2));
        assertEquals(4, returns.total(), "the count is of the whole list, not of the page");
        assertEquals(List.of("E4", "E1"), returns.rows().stream().map(RotationListRow::employeeNumber).toList());
        assertEquals(90, returns.rows().get(0).daysToReintegrate());
        assertEquals(LocalDate.of(2024, 3, 30), returns.rows().get(0).returnStart());
        RotationListPage second = list(new RotationListQuery(D, null, null, null, null, null, null, null, null, null, null, D, 0,
                RotationListQuery.Sort.DAYS_TO_REINTEGRATE, true, 2, 2));
        assertEquals(List.of("E2", "E3"), second.rows().stream().map(RotationListRow::employeeNumber).toList());

        // By state: the one proposed (R8), and nothing of the cancelled R9 elsewhere
        assertEquals(List.of("E1"), list(new RotationListQuery(D, null, RotationStatus.PROPOSED, null, null, null, null, null, null, null,
                null, null, 0, null, false, 0, 10)).rows().stream().map(RotationListRow::employeeNumber).toList());
        assertEquals(9, list(RotationListQuery.all()).total());
    }

    @Test
    void aListFindsAPersonByNameOrNumberAndFiltersByItsFlags() throws Exception {
        organisation();
        // The flags as the figures count them on D: R6 (E9) at risk, R5 (E8) overdue
        assertEquals(List.of("E9"), employees(flagged(null, RotationListQuery.Flag.AT_RISK)));
        assertEquals(List.of("E8"), employees(flagged(null, RotationListQuery.Flag.OVERDUE)));
        assertEquals(summary(ReportFilter.NONE).risks().atRisk(), flagged(null, RotationListQuery.Flag.AT_RISK).total(),
                "the at-risk list has as many rotations as the figure");
        assertEquals(summary(ReportFilter.NONE).risks().overdue(), flagged(null, RotationListQuery.Flag.OVERDUE).total());

        // A person by a part of the name, in any case, or by the employee number; wildcards match themselves
        update("UPDATE staff SET full_name = ? WHERE employee_number = ?", "Ana 100% Núñez", "E9");
        assertEquals(List.of("E9"), employees(flagged("NÚÑEZ", null)));
        assertEquals(List.of("E9"), employees(flagged(" e9 ", null)));
        assertEquals(List.of("E9"), employees(flagged("%", null)), "a % typed is a %, not any text");
        assertEquals(0, flagged("_", null).total(), "a _ typed is a _, not any character");
        assertEquals(List.of("E9"), employees(flagged("E9", RotationListQuery.Flag.AT_RISK)));
        assertEquals(0, flagged("E8", RotationListQuery.Flag.AT_RISK).total(), "both filters apply");
    }

    private RotationListPage flagged(String person, RotationListQuery.Flag flag) throws SQLException {
        return list(new RotationListQuery(D, null, null, person, flag, null, null, null, null, null, null, null, 0,
                RotationListQuery.Sort.PERSON, false, 0, 50));
    }

    private static List<String> employees(RotationListPage page) {
        return page.rows().stream().map(RotationListRow::employeeNumber).toList();
    }

    // ---------------------------------------------------------------- the bench

    /**
     * The bench as of D = 2027-01-15: the window runs to 2028-03-31 (the rest of 2027 Q1 and four quarters).
     * <pre>
     * PMOs  BF1 DEPARTMENT 2 analysts + 1 manager; BE1 ENTERPRISE 1 analyst; BP1 PROGRAM 1 analyst, closes 2027-03-31
     * Staff (hired 2015-01-01 unless said; department; level)
     *   A1 Finance PC   A2 Finance PM   A3 IT SPM   A4 Finance PM hired 2026-09-01 (TENURE from 2027-09-01)
     *   A5 IT PC, SPM from 2027-09-01   A6 Finance SPM, not active
     *   X  Finance SPM  in BF1 analyst 2026-03-01..2027-06-30, ACTIVE
     *   Y  IT PM        proposed for BE1 analyst 2027-01-15..2027-12-31 (a proposal holds the seat, as for SEATS)
     *   Z  Finance SPM  was in BF1 analyst 2025-01-16..2026-01-15, COMPLETED (COOL_OFF: free after 2027-01-15)
     *   W  IT SPM       a CANCELLED rotation in BE1 analyst 2027-02-01..2028-01-31 (counts nowhere)
     *   V  IT PM        approved for BF1 analyst 2028-06-01..2029-05-31, after the window (COOL_OFF before it)
     * </pre>
     */
    private void benchOrganisation() throws SQLException {
        long bf1 = pmo("BF1", "DEPARTMENT", 2, 1, "2018-01-01", null);
        long be1 = pmo("BE1", "ENTERPRISE", 1, 0, "2018-01-01", null);
        pmo("BP1", "PROGRAM", 1, 0, "2018-01-01", "2027-03-31");
        staff("A1", "Finance", "PROJECT_COORDINATOR", "2015-01-01", true, "PROJECT_COORDINATOR");
        staff("A2", "Finance", "PROJECT_MANAGER", "2015-01-01", true, "PROJECT_MANAGER");
        staff("A3", "IT", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "SENIOR_PROJECT_MANAGER");
        staff("A4", "Finance", "PROJECT_MANAGER", "2026-09-01", true, "PROJECT_MANAGER");
        long a5 = staff("A5", "IT", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "PROJECT_COORDINATOR");
        level(a5, "SENIOR_PROJECT_MANAGER", "2027-09-01");
        staff("A6", "Finance", "SENIOR_PROJECT_MANAGER", "2015-01-01", false, "SENIOR_PROJECT_MANAGER");
        long x = staff("X", "Finance", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "SENIOR_PROJECT_MANAGER");
        rotation(x, bf1, "PMO_ANALYST", "2026-03-01", "2027-06-30", null, "ACTIVE", null);
        long y = staff("Y", "IT", "PROJECT_MANAGER", "2015-01-01", true, "PROJECT_MANAGER");
        rotation(y, be1, "PMO_ANALYST", "2027-01-15", "2027-12-31", null, "PROPOSED", null);
        long z = staff("Z", "Finance", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "SENIOR_PROJECT_MANAGER");
        rotation(z, bf1, "PMO_ANALYST", "2025-01-16", "2026-01-15", "2026-01-15", "COMPLETED", null);
        long w = staff("W", "IT", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "SENIOR_PROJECT_MANAGER");
        rotation(w, be1, "PMO_ANALYST", "2027-02-01", "2028-01-31", null, "CANCELLED", null);
        long v = staff("V", "IT", "PROJECT_MANAGER", "2015-01-01", true, "PROJECT_MANAGER");
        rotation(v, bf1, "PMO_ANALYST", "2028-06-01", "2029-05-31", null, "APPROVED", null);
    }

    private Bench bench(ReportFilter filter) throws SQLException {
        return new ReportQueries(connection).bench(D, filter, org.pmorotations.domain.rotation.Policy.DEFAULTS);
    }

    private static String describe(BenchRow row) {
        return row.pmoCode() + " " + row.role() + " " + row.from() + ".." + row.to() + " " + row.free() + "/" + row.seats()
                + " " + row.eligible() + " = " + row.total();
    }

    @Test
    void benchCountsTheStaffEligibleForEachOpenSeatByLevel() throws Exception {
        benchOrganisation();
        Bench bench = bench(ReportFilter.NONE);
        assertEquals(LocalDate.of(2028, 3, 31), bench.to());
        assertEquals(12, bench.minMonths());
        assertEquals(List.of(
                // One analyst seat is free from 2027-01-15 to past the window (X holds the other to 2027-06-30, V from
                // 2028-06-01). Eligible for 2027-01-15..2028-01-14, the minimum length (analyst: PC or above):
                // A1, A5 (PC); A2 (PM); A3, W (SPM). Not A4 (TENURE), A6 (not active), X and Y (OVERLAP),
                // Z (COOL_OFF: 2027-01-15 is not after 2026-01-15 + 12 months), V (COOL_OFF: 2028-01-14 + 12 months >= 2028-06-01).
                // The second seat, free from 2027-07-01 to 2028-05-31, is eleven months: no rotation of twelve fits, so no row.
                "BF1 PMO_ANALYST 2027-01-15..2028-03-31 1/2 [2, 1, 2, 0, 0] = 5",
                // Manager seat (SPM or above) from 2027-01-15: A3, W; not Z (COOL_OFF), X (OVERLAP), A6 (not active)
                "BF1 PMO_MANAGER 2027-01-15..2028-03-31 1/1 [0, 0, 2, 0, 0] = 2",
                // Enterprise (PM or above) after Y's proposal (W's cancelled one holds nothing): A2, A4 (hired 12 months
                // before); A3, A5 (SPM on 2028-01-01), Z, W. Not Y (COOL_OFF after its own), X (COOL_OFF), V (OVERLAP)
                "BE1 PMO_ANALYST 2028-01-01..2028-03-31 1/1 [0, 2, 4, 0, 0] = 6"),
                // The program PMO closes on 2027-03-31: its two and a half empty months hold no rotation of twelve.
                bench.rows().stream().map(ReportQueriesContract::describe).toList());
        assertEquals(2, bench.rows().get(2).eligible(CareerLevel.PROJECT_MANAGER));
    }

    /**
     * One definition of an open seat: the seats the dashboard counts open on a day are the bench's rows
     * from that day when every gap is long enough for the minimum length, a proposal and an overdue
     * rotation keeping their seats in both.
     */
    @Test
    void theOpenSeatsOfTheFiguresAreTheBenchsFromTheSameDay() throws Exception {
        benchOrganisation();
        long bo1 = pmo("BO1", "DEPARTMENT", 1, 0, "2018-01-01", null);
        long o = staff("O", "IT", "PROJECT_MANAGER", "2015-01-01", true, "PROJECT_MANAGER");
        rotation(o, bo1, "PMO_ANALYST", "2025-12-01", "2026-12-31", null, "ACTIVE", null);
        org.pmorotations.domain.rotation.Policy oneMonth = new org.pmorotations.domain.rotation.Policy(1, 24, CareerLevel.PROJECT_COORDINATOR,
                CareerLevel.SENIOR_PROJECT_MANAGER, CareerLevel.PROJECT_MANAGER, 12, 12, 60, 6);
        ReportQueries queries = new ReportQueries(connection);
        Bench bench = queries.bench(D, ReportFilter.NONE, oneMonth);
        // BF1: one analyst seat (X holds the other) and the manager's; BP1's analyst, two and a half months before it
        // closes; not BE1's, proposed for Y from D; not BO1's, O's rotation being overdue and not completed.
        assertEquals(List.of("BF1 PMO_ANALYST 1", "BF1 PMO_MANAGER 1", "BP1 PMO_ANALYST 1"), bench.rows().stream()
                .filter(row -> row.from().equals(D)).map(row -> row.pmoCode() + " " + row.role() + " " + row.free()).sorted().toList());
        ReportSummary summary = queries.summary(D, ReportFilter.NONE, AT_RISK_DAYS);
        assertEquals(3, summary.pipeline().openSeats());
        assertEquals(new SeatFill(D, "ENTERPRISE", "BE1", "PMO_ANALYST", 1, 0, 1, 0), fillOf(summary, D, "BE1", "PMO_ANALYST"));
        assertEquals(new SeatFill(D, "DEPARTMENT", "BO1", "PMO_ANALYST", 1, 1, 0, 0), fillOf(summary, D, "BO1", "PMO_ANALYST"));
    }

    @Test
    void benchHonoursTheTierPmoAndDepartmentFilters() throws Exception {
        benchOrganisation();
        assertEquals(List.of("BE1 PMO_ANALYST 2028-01-01..2028-03-31 1/1 [0, 2, 4, 0, 0] = 6"),
                bench(new ReportFilter(PmoTier.ENTERPRISE, null, null)).rows().stream().map(ReportQueriesContract::describe).toList());
        assertEquals(List.of("BF1", "BF1"), bench(new ReportFilter(null, "bf1", null)).rows().stream().map(BenchRow::pmoCode).toList());
        assertTrue(bench(new ReportFilter(null, "bp1", null)).rows().isEmpty(), "a gap shorter than the minimum length is no open seat");
        // Finance people only: A1, A2, A4, Z (A6 not active, X never eligible)
        assertEquals(List.of(2L, 0L, 3L),
                bench(new ReportFilter(null, null, "Finance")).rows().stream().map(BenchRow::total).toList());
        // a PMO that does not exist: no seats, no error
        assertTrue(bench(new ReportFilter(null, "NOPE", null)).rows().isEmpty());
    }

    @Test
    void benchFollowsThePolicyThresholds() throws Exception {
        benchOrganisation();
        // Without cool-off or tenure, and analysts from PROJECT_MANAGER: the first BF1 analyst gap gains Z and V
        // (and A4, hired 2026-09-01), loses A1 and A5 (PC)
        org.pmorotations.domain.rotation.Policy relaxed = new org.pmorotations.domain.rotation.Policy(12, 24, CareerLevel.PROJECT_MANAGER,
                CareerLevel.SENIOR_PROJECT_MANAGER, CareerLevel.PROJECT_MANAGER, 0, 0, 60, 6);
        BenchRow first = new ReportQueries(connection).bench(D, ReportFilter.NONE, relaxed).rows().get(0);
        assertEquals("BF1 PMO_ANALYST 2027-01-15..2028-03-31 1/2 [0, 3, 3, 0, 0] = 6", describe(first));

        // With a minimum of six months, BF1's second analyst seat (eleven months from 2027-07-01) is an open seat too;
        // the program PMO's two and a half months still are not.
        org.pmorotations.domain.rotation.Policy shorter = new org.pmorotations.domain.rotation.Policy(6, 24, CareerLevel.PROJECT_MANAGER,
                CareerLevel.SENIOR_PROJECT_MANAGER, CareerLevel.PROJECT_MANAGER, 0, 0, 60, 6);
        Bench six = new ReportQueries(connection).bench(D, ReportFilter.NONE, shorter);
        assertEquals(6, six.minMonths());
        assertEquals(List.of("BF1 PMO_ANALYST 2027-01-15..2028-03-31 1/2", "BF1 PMO_ANALYST 2027-07-01..2028-03-31 1/2",
                        "BF1 PMO_MANAGER 2027-01-15..2028-03-31 1/1", "BE1 PMO_ANALYST 2028-01-01..2028-03-31 1/1"),
                six.rows().stream().map(row -> row.pmoCode() + " " + row.role() + " " + row.from() + ".." + row.to() + " "
                        + row.free() + "/" + row.seats()).toList());
    }

    private static SeatFill fill(List<SeatFill> rows, LocalDate day, String tier) {
        return rows.stream().filter(row -> row.day().equals(day) && row.tier().equals(tier)).findFirst().orElseThrow();
    }

    private static SeatFill fillOf(ReportSummary summary, LocalDate day, String pmo, String role) {
        return summary.seatFillByPmo().stream().filter(row -> row.day().equals(day) && row.pmoCode().equals(pmo)
                && row.role().equals(role)).findFirst().orElseThrow();
    }

    private static QuarterActivity quarter(ReportSummary summary, int year, int quarter) {
        return summary.quarters().stream().filter(q -> q.year() == year && q.quarter() == quarter).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- the organisation

    private void organisation() throws SQLException {
        long fin = pmo("FIN", "DEPARTMENT", 2, 1, "2018-01-01", null);
        long ent = pmo("ENT", "ENTERPRISE", 1, 0, "2018-01-01", null);
        long prg = pmo("PRG", "PROGRAM", 2, 0, "2018-01-01", "2027-03-31");
        long project = id();
        update("INSERT INTO project (id, version, code, name, department, start_date) VALUES (?, 0, 'P1', 'Project', 'IT', ?)",
                project, day("2015-01-01"));

        long e1 = staff("E1", "Finance", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "PROJECT_MANAGER");
        level(e1, "SENIOR_PROJECT_MANAGER", "2025-06-01");
        long e2 = staff("E2", "Finance", "PROJECT_COORDINATOR", "2015-01-01", true, "PROJECT_COORDINATOR");
        long e3 = staff("E3", "IT", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "SENIOR_PROJECT_MANAGER");
        long e4 = staff("E4", "IT", "PROJECT_MANAGER", "2015-01-01", false, "PROJECT_MANAGER");
        long e5 = staff("E5", "Finance", "PROJECT_MANAGER", "2015-01-01", true, "PROJECT_COORDINATOR");
        level(e5, "PROJECT_MANAGER", "2026-06-01");
        long e6 = staff("E6", "IT", "PROJECT_MANAGER", "2015-01-01", true, "PROJECT_MANAGER");
        staff("E7", "IT", "PROJECT_COORDINATOR", "2026-06-01", true, "PROJECT_COORDINATOR");
        long e8 = staff("E8", "Finance", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "SENIOR_PROJECT_MANAGER");
        long e9 = staff("E9", "IT", "SENIOR_PROJECT_MANAGER", "2015-01-01", true, "SENIOR_PROJECT_MANAGER");
        long e10 = staff("E10", "Finance", "PROJECT_COORDINATOR", "2015-01-01", true, "PROJECT_COORDINATOR");

        long r1 = rotation(e1, fin, "PMO_ANALYST", "2024-01-01", "2024-12-31", "2024-12-31", "COMPLETED",
                placement(project, "PROJECT_MANAGER", "2025-01-01", "2024-10-01"));
        event(r1, "EXTENDED");
        rotation(e2, fin, "PMO_ANALYST", "2025-03-01", "2026-02-28", "2025-03-01", "CURTAILED",
                placement(project, "PROJECT_COORDINATOR", "2025-03-01", "2025-03-01"));
        rotation(e3, ent, "PMO_ANALYST", "2025-01-01", "2025-12-31", "2025-12-31", "COMPLETED",
                placement(project, "PROGRAM_MANAGER", "2025-12-31", "2025-09-01"));
        rotation(e4, prg, "PMO_ANALYST", "2023-01-01", "2023-12-31", "2023-12-31", "COMPLETED",
                placement(project, "PROJECT_MANAGER", "2024-03-30", "2023-12-01"));
        rotation(e8, fin, "PMO_MANAGER", "2024-10-01", "2026-12-31", null, "ACTIVE", null);
        rotation(e9, ent, "PMO_ANALYST", "2026-02-01", "2027-02-28", null, "ACTIVE", null);
        rotation(e10, fin, "PMO_ANALYST", "2027-02-01", "2028-01-31", null, "APPROVED", null);
        rotation(e1, fin, "PMO_ANALYST", "2027-03-01", "2028-02-29", null, "PROPOSED", null);
        rotation(e6, ent, "PMO_ANALYST", "2026-06-01", "2027-05-31", null, "CANCELLED", null);
    }

    /**
     * On top of {@link #organisation}: project P2 (IT, to 2027-06-30), the roles people held before
     * their rotations, open roles OR1..OR4 and backfills B1..B6, as {@link #theWayBackIntoProjectRoles} reads them.
     */
    private void wayBackOrganisation() throws SQLException {
        long p1 = single("SELECT id FROM project WHERE code = 'P1'");
        long p2 = id();
        update("INSERT INTO project (id, version, code, name, department, start_date, end_date) VALUES (?, 0, 'P2', 'Other', 'IT', ?, ?)",
                p2, day("2015-01-01"), day("2027-06-30"));
        long e1 = staffId("E1");
        long e3 = staffId("E3");
        long e5 = staffId("E5");
        long e6 = staffId("E6");
        role(e1, p1, "PROJECT_MANAGER", "2015-01-01", "2023-12-31");
        long e1Back = role(e1, p1, "PROJECT_MANAGER", "2025-01-01", null);
        role(staffId("E2"), p1, "PROJECT_COORDINATOR", "2015-01-01", "2025-02-28");
        long e3Before = role(e3, p2, "SENIOR_PROJECT_MANAGER", "2015-01-01", "2024-12-31");
        long e4Before = role(staffId("E4"), p2, "PROJECT_MANAGER", "2015-01-01", "2022-12-31");
        long e8Before = role(staffId("E8"), p1, "SENIOR_PROJECT_MANAGER", "2015-01-01", "2024-09-30");
        long e9Before = role(staffId("E9"), p1, "SENIOR_PROJECT_MANAGER", "2015-01-01", "2026-01-31");
        long e10Before = role(staffId("E10"), p1, "PROJECT_COORDINATOR", "2015-01-01", "2027-01-31");
        long e6Before = role(e6, p1, "PROJECT_MANAGER", "2015-01-01", null);
        long e6Fills = role(e6, p1, "SENIOR_PROJECT_MANAGER", "2024-11-10", null);
        long e5Fills = role(e5, p2, "SENIOR_PROJECT_MANAGER", "2025-03-02", null);
        long e5Later = role(e5, p2, "PROJECT_MANAGER", "2027-03-01", null);

        long or1 = openRole(p1, "PROJECT_MANAGER", null, "2025-01-01", null, "IT", "FILLED", e1Back, null, null);
        update("UPDATE return_placement SET open_role_id = ? WHERE start_date = ?", or1, day("2025-01-01"));
        openRole(p2, "PROJECT_MANAGER", null, "2027-05-01", null, "IT", "OPEN", null, null, null);
        openRole(p1, "PROJECT_COORDINATOR", "PROJECT_MANAGER", "2027-08-15", "2027-09-30", "Finance", "OPEN", null, null, null);
        openRole(p1, "PROJECT_MANAGER", null, "2027-04-01", null, "IT", "WITHDRAWN", null, null, null);

        openRole(p1, "SENIOR_PROJECT_MANAGER", "SENIOR_PROJECT_MANAGER", "2024-10-01", null, "IT", "FILLED", e6Fills,
                rotationOf("E8"), e8Before);
        openRole(p1, "SENIOR_PROJECT_MANAGER", "SENIOR_PROJECT_MANAGER", "2026-02-01", null, "IT", "OPEN", null,
                rotationOf("E9"), e9Before);
        openRole(p1, "PROJECT_COORDINATOR", "PROJECT_COORDINATOR", "2027-02-01", null, "IT", "OPEN", null,
                rotationOf("E10"), e10Before);
        openRole(p1, "PROJECT_MANAGER", "PROJECT_MANAGER", "2026-06-01", null, "IT", "WITHDRAWN", null,
                rotationOf("E6"), e6Before);
        openRole(p2, "SENIOR_PROJECT_MANAGER", "SENIOR_PROJECT_MANAGER", "2025-01-01", null, "IT", "FILLED", e5Fills,
                rotationOf("E3"), e3Before);
        openRole(p2, "PROJECT_MANAGER", "PROJECT_MANAGER", "2023-01-01", null, "IT", "FILLED", e5Later,
                rotationOf("E4"), e4Before);
    }

    private long role(long staff, long project, String level, String start, String end) throws SQLException {
        long id = id();
        update("INSERT INTO project_role (id, version, staff_id, project_id, career_level, start_date, end_date) VALUES (?, 0, ?, ?, ?, ?, ?)",
                id, staff, project, level, day(start), day(end));
        return id;
    }

    private long openRole(long project, String min, String max, String start, String end, String department, String status,
                          Long filledBy, Long backfillFor, Long held) throws SQLException {
        long id = id();
        update("INSERT INTO open_role (id, version, project_id, min_level, max_level, start_date, end_date, department, status,"
                + " filled_by_role_id, backfill_for_id, held_role_id) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, project, min, max, day(start), day(end), department, status, filledBy, backfillFor, held);
        return id;
    }

    private long staffId(String number) throws SQLException {
        return single("SELECT id FROM staff WHERE employee_number = '" + number + "'");
    }

    /** The one rotation of the person in the organisation that is not a proposal. */
    private long rotationOf(String number) throws SQLException {
        return single("SELECT r.id FROM rotation r JOIN staff s ON s.id = r.staff_id WHERE s.employee_number = '" + number
                + "' AND r.status <> 'PROPOSED'");
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); var result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private long id() {
        return nextId++;
    }

    private static Date day(String text) {
        return text == null ? null : Date.valueOf(LocalDate.parse(text));
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private long pmo(String code, String tier, int analysts, int managers, String opens, String closes) throws SQLException {
        long id = id();
        if (closes == null) {
            update("INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens) VALUES (?, 0, ?, ?, ?, ?, ?, ?)",
                    id, code, code + " PMO", tier, analysts, managers, day(opens));
        } else {
            update("INSERT INTO pmo (id, version, code, name, tier, analyst_seats, manager_seats, opens, closes)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)", id, code, code + " PMO", tier, analysts, managers, day(opens), day(closes));
        }
        return id;
    }

    private long staff(String number, String department, String level, String hired, boolean active, String levelAtHire)
            throws SQLException {
        long id = id();
        update("INSERT INTO staff (id, version, employee_number, full_name, email, department, hire_date, career_level, active)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)", id, number, "Person " + number, number.toLowerCase() + "@example.com",
                department, day(hired), level, active);
        level(id, levelAtHire, hired);
        return id;
    }

    private void level(long staff, String level, String effective) throws SQLException {
        update("INSERT INTO level_change (id, version, staff_id, career_level, effective) VALUES (?, 0, ?, ?, ?)",
                id(), staff, level, day(effective));
    }

    private Long placement(long project, String level, String start, String reservedOn) throws SQLException {
        long id = id();
        update("INSERT INTO return_placement (id, version, project_id, career_level, start_date, reserved_on, status)"
                + " VALUES (?, 0, ?, ?, ?, ?, 'CONFIRMED')", id, project, level, day(start), day(reservedOn));
        return id;
    }

    private long rotation(long staff, long pmo, String role, String start, String plannedEnd, String actualEnd, String status,
                          Long placement) throws SQLException {
        long id = id();
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO rotation (id, version, staff_id, pmo_id, pmo_role,"
                + " start_date, planned_end, actual_end, status, overdue, return_placement_id) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, id);
            statement.setLong(2, staff);
            statement.setLong(3, pmo);
            statement.setString(4, role);
            statement.setDate(5, day(start));
            statement.setDate(6, day(plannedEnd));
            statement.setDate(7, day(actualEnd));
            statement.setString(8, status);
            statement.setBoolean(9, false);
            if (placement == null) {
                statement.setNull(10, java.sql.Types.BIGINT);
            } else {
                statement.setLong(10, placement);
            }
            statement.executeUpdate();
        }
        return id;
    }

    private void event(long rotation, String kind) throws SQLException {
        update("INSERT INTO rotation_event (id, version, rotation_id, occurred_at, actor, kind, from_status, to_status, to_end)"
                + " VALUES (?, 0, ?, ?, 'pmo.manager', ?, 'ACTIVE', 'ACTIVE', ?)", id(), rotation,
                Timestamp.valueOf("2024-06-01 10:00:00"), kind, day("2024-12-31"));
    }
}
