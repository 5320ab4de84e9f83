package org.pmorotations.domain.rotation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RotationStatusTest {

    @ParameterizedTest(name = "{0}: planned {1}, ended {2}, reserves a seat {3}, fills it {4}, started {5}, awaits a return {6}")
    @CsvSource({
            "PROPOSED,  true,  false, true,  false, false, false",
            "APPROVED,  true,  false, true,  true,  false, true",
            "ACTIVE,    false, false, true,  true,  true,  true",
            "COMPLETED, false, true,  true,  true,  true,  false",
            "CANCELLED, false, false, false, false, false, false",
            "CURTAILED, false, true,  true,  true,  true,  true",
    })
    void classifiesEachStatus(RotationStatus status, boolean planned, boolean ended, boolean reservesASeat, boolean fillsASeat,
                              boolean started, boolean awaitsAReturn) {
        assertEquals(planned, status.isPlanned());
        assertEquals(ended, status.isEnded());
        assertEquals(planned, RotationStatus.PLANNED.contains(status));
        assertEquals(ended, RotationStatus.ENDED.contains(status));
        assertEquals(reservesASeat, RotationStatus.RESERVING_A_SEAT.contains(status));
        assertEquals(fillsASeat, RotationStatus.FILLING_A_SEAT.contains(status));
        assertEquals(started, RotationStatus.STARTED.contains(status));
        assertEquals(awaitsAReturn, RotationStatus.AWAITING_RETURN.contains(status));
    }
}
