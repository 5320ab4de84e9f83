package org.pmorotations.rotation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RotationStatusTest {

    @ParameterizedTest(name = "{0}: planned {1}, ended {2}, holds a seat {3}")
    @CsvSource({
            "PROPOSED,  true,  false, true",
            "APPROVED,  true,  false, true",
            "ACTIVE,    false, false, true",
            "COMPLETED, false, true,  true",
            "CANCELLED, false, false, false",
            "CURTAILED, false, true,  true",
    })
    void classifiesEachStatus(RotationStatus status, boolean planned, boolean ended, boolean holdsASeat) {
        assertEquals(planned, status.isPlanned());
        assertEquals(ended, status.isEnded());
        assertEquals(holdsASeat, RotationStatus.HOLDING_A_SEAT.contains(status));
    }
}
