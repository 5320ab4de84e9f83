package org.pmorotations.domain.pmo;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Period;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PmoTest {

    private static final LocalDate OPENS = LocalDate.of(2027, 1, 1);
    private static final LocalDate CLOSES = LocalDate.of(2028, 12, 31);

    private static Pmo pmo(String code, String name, Period active) {
        return new Pmo(code, name, PmoTier.DEPARTMENT, Seats.of(3, 1), active);
    }

    private static Pmo openPmo() {
        return pmo("pmo-fin", "Finance PMO", Period.from(OPENS));
    }

    private static Pmo closedPmo() {
        return pmo("pmo-prg", "Programme PMO", Period.of(OPENS, CLOSES));
    }

    private static Period period(LocalDate start, LocalDate end) {
        return end == null ? Period.from(start) : Period.of(start, end);
    }

    @Nested
    class Creation {

        @Test
        void keepsItsFields() {
            Pmo pmo = new Pmo(" pmo-fin ", " Finance PMO ", PmoTier.ENTERPRISE, Seats.of(2, 1), Period.from(OPENS));

            assertEquals("PMO-FIN", pmo.getCode());
            assertEquals("Finance PMO", pmo.getName());
            assertEquals(PmoTier.ENTERPRISE, pmo.getTier());
            assertEquals(Seats.of(2, 1), pmo.getSeats());
            assertEquals(Period.from(OPENS), pmo.getActivePeriod());
        }

        @ParameterizedTest
        @CsvSource({"pmo-fin, PMO-FIN", "Pmo-Fin, PMO-FIN", "PMO-FIN, PMO-FIN", "ent, ENT"})
        void codeIsUpperCased(String code, String expected) {
            assertEquals(expected, pmo(code, "Finance PMO", Period.from(OPENS)).getCode());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void blankCodeIsRejected(String code) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> pmo(code, "Finance PMO", Period.from(OPENS)));
            assertEquals("code", e.getField());
        }

        @Test
        void codeLengthIsLimited() {
            String atMax = "c".repeat(Pmo.CODE_MAX);

            assertEquals(atMax.toUpperCase(), pmo(atMax, "Finance PMO", Period.from(OPENS)).getCode());
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> pmo(atMax + "c", "Finance PMO", Period.from(OPENS)));
            assertEquals("code", e.getField());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void blankNameIsRejected(String name) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> pmo("PMO-FIN", name, Period.from(OPENS)));
            assertEquals("name", e.getField());
        }

        @Test
        void nameLengthIsLimited() {
            String atMax = "n".repeat(Pmo.NAME_MAX);

            assertEquals(atMax, pmo("PMO-FIN", atMax, Period.from(OPENS)).getName());
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> pmo("PMO-FIN", atMax + "n", Period.from(OPENS)));
            assertEquals("name", e.getField());
        }

        @Test
        void tierSeatsAndPeriodAreRequired() {
            assertThrows(NullPointerException.class,
                    () -> new Pmo("P", "PMO", null, Seats.of(1, 1), Period.from(OPENS)));
            assertThrows(NullPointerException.class,
                    () -> new Pmo("P", "PMO", PmoTier.PROGRAM, null, Period.from(OPENS)));
            assertThrows(NullPointerException.class,
                    () -> new Pmo("P", "PMO", PmoTier.PROGRAM, Seats.of(1, 1), null));
        }
    }

    @Test
    void seatsForReturnsTheSeatsOfEachRole() {
        Pmo pmo = openPmo();

        assertEquals(3, pmo.seatsFor(PmoRole.PMO_ANALYST));
        assertEquals(1, pmo.seatsFor(PmoRole.PMO_MANAGER));
    }

    @Test
    void changeSeatsReplacesTheSeats() {
        Pmo pmo = openPmo();

        pmo.changeSeats(Seats.of(0, 2));

        assertEquals(0, pmo.seatsFor(PmoRole.PMO_ANALYST));
        assertEquals(2, pmo.seatsFor(PmoRole.PMO_MANAGER));
        assertThrows(NullPointerException.class, () -> pmo.changeSeats(null));
        assertEquals(Seats.of(0, 2), pmo.getSeats());
    }

    @Test
    void renameChangesTheNameAndRejectsBlank() {
        Pmo pmo = openPmo();

        pmo.rename(" Treasury PMO ");
        assertEquals("Treasury PMO", pmo.getName());

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> pmo.rename(""));
        assertEquals("name", e.getField());
        assertEquals("Treasury PMO", pmo.getName());
    }

    @ParameterizedTest(name = "open PMO, period {0} - {1}: {2}")
    @CsvSource({
            "2027-01-01, 2027-12-31, true",     // starts on the opening day
            "2026-12-31, 2027-12-30, false",    // starts the day before it opens
            "2030-06-01, 2032-05-31, true",     // far in the future
            "2027-01-01,           , true",     // open-ended from the opening day
            "2026-12-31,           , false",
    })
    void openPmoIsOpenThroughoutAnyPeriodFromItsOpening(LocalDate start, LocalDate end, boolean expected) {
        assertEquals(expected, openPmo().isOpenThroughout(period(start, end)));
    }

    @ParameterizedTest(name = "PMO 2027-01-01 to 2028-12-31, period {0} - {1}: {2}")
    @CsvSource({
            "2027-01-01, 2028-12-31, true",     // exactly its active period
            "2027-01-01, 2027-12-31, true",     // from the opening day
            "2028-01-01, 2028-12-31, true",     // to the closing day
            "2026-12-31, 2027-12-30, false",    // starts the day before it opens
            "2028-01-01, 2029-01-01, false",    // ends the day after it closes
            "2028-12-31, 2028-12-31, true",     // the last open day alone
            "2029-01-01, 2029-12-31, false",    // after it closed
            "2027-01-01,           , false",    // an open-ended period outlasts it
    })
    void closedPmoIsOpenThroughoutPeriodsWithinItsActivePeriod(LocalDate start, LocalDate end, boolean expected) {
        assertEquals(expected, closedPmo().isOpenThroughout(period(start, end)));
    }

    @Nested
    class CloseAfter {

        @Test
        void setsTheLastOpenDay() {
            Pmo pmo = openPmo();
            LocalDate lastDay = LocalDate.of(2028, 6, 30);

            pmo.closeAfter(lastDay);

            assertEquals(Optional.of(lastDay), pmo.getActivePeriod().end());
            assertEquals(OPENS, pmo.getActivePeriod().start());
            assertTrue(pmo.isOpenThroughout(Period.of(LocalDate.of(2027, 7, 1), lastDay)));
            assertFalse(pmo.isOpenThroughout(Period.of(LocalDate.of(2027, 7, 1), lastDay.plusDays(1))));
        }

        @Test
        void canCloseOnTheOpeningDay() {
            Pmo pmo = openPmo();

            pmo.closeAfter(OPENS);

            assertEquals(Period.of(OPENS, OPENS), pmo.getActivePeriod());
        }

        @Test
        void closingBeforeItOpensIsRejected() {
            Pmo pmo = openPmo();

            InvalidValueException e = assertThrows(InvalidValueException.class, () -> pmo.closeAfter(OPENS.minusDays(1)));

            assertEquals("end", e.getField());
            assertTrue(pmo.getActivePeriod().isOpenEnded());
        }

        @Test
        void movesTheClosingDateOfAClosedPmo() {
            Pmo pmo = closedPmo();

            pmo.closeAfter(LocalDate.of(2029, 6, 30));

            assertEquals(Period.of(OPENS, LocalDate.of(2029, 6, 30)), pmo.getActivePeriod());
        }
    }
}
