package org.pmorotations.domain.pmo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmorotations.domain.shared.InvalidValueException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeatsTest {

    @ParameterizedTest(name = "{0} analysts, {1} managers -> {2}")
    @CsvSource({
            "-1,  0, seats.PMO_ANALYST",
            "-5,  3, seats.PMO_ANALYST",
            " 0, -1, seats.PMO_MANAGER",
            " 4, -2, seats.PMO_MANAGER",
    })
    void negativeSeatsAreRejectedNamingTheRole(int analysts, int managers, String rule) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Seats.of(analysts, managers));
        assertEquals(rule, e.getField());
    }

    @Test
    void zeroSeatsAreAllowed() {
        Seats none = Seats.of(0, 0);

        assertEquals(0, none.of(PmoRole.PMO_ANALYST));
        assertEquals(0, none.of(PmoRole.PMO_MANAGER));
        assertEquals(0, none.total());
    }

    @Test
    void seatsAreCountedPerRole() {
        Seats seats = Seats.of(3, 1);

        assertEquals(3, seats.of(PmoRole.PMO_ANALYST));
        assertEquals(1, seats.of(PmoRole.PMO_MANAGER));
        assertEquals(4, seats.total());
    }

    @Test
    void roleIsRequired() {
        assertThrows(NullPointerException.class, () -> Seats.of(1, 1).of(null));
    }

    @Test
    void equalityIsPerRoleCount() {
        assertEquals(Seats.of(3, 1), Seats.of(3, 1));
        assertEquals(Seats.of(3, 1).hashCode(), Seats.of(3, 1).hashCode());
        assertNotEquals(Seats.of(3, 1), Seats.of(1, 3));
        assertNotEquals(Seats.of(3, 1), Seats.of(3, 2));
    }
}
