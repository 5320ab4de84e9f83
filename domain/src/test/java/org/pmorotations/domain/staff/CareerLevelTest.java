package org.pmorotations.domain.staff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CareerLevelTest {

    @ParameterizedTest
    @CsvSource({
            "PROJECT_COORDINATOR, 1",
            "PROJECT_MANAGER, 2",
            "SENIOR_PROJECT_MANAGER, 3",
            "PROGRAM_MANAGER, 4",
            "PORTFOLIO_MANAGER, 5",
    })
    void ranksFollowTheLadder(CareerLevel level, int rank) {
        assertEquals(rank, level.rank());
    }

    @ParameterizedTest
    @EnumSource(CareerLevel.class)
    void aLevelIsAtLeastItselfButNotAboveItself(CareerLevel level) {
        assertTrue(level.isAtLeast(level));
        assertFalse(level.isAbove(level));
    }

    @Test
    void higherLevelIsAboveAndAtLeastALowerOne() {
        assertTrue(CareerLevel.SENIOR_PROJECT_MANAGER.isAbove(CareerLevel.PROJECT_MANAGER));
        assertTrue(CareerLevel.SENIOR_PROJECT_MANAGER.isAtLeast(CareerLevel.PROJECT_MANAGER));
        assertFalse(CareerLevel.PROJECT_MANAGER.isAbove(CareerLevel.SENIOR_PROJECT_MANAGER));
        assertFalse(CareerLevel.PROJECT_MANAGER.isAtLeast(CareerLevel.SENIOR_PROJECT_MANAGER));
    }

    @Test
    void eachLevelButTheTopHasOneAbove() {
        assertEquals(java.util.Optional.of(CareerLevel.PROJECT_MANAGER), CareerLevel.PROJECT_COORDINATOR.above());
        assertEquals(java.util.Optional.of(CareerLevel.PORTFOLIO_MANAGER), CareerLevel.PROGRAM_MANAGER.above());
        assertEquals(java.util.Optional.empty(), CareerLevel.PORTFOLIO_MANAGER.above(), "the top of the ladder");
    }
}
