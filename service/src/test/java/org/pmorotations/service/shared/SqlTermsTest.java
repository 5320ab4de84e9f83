package org.pmorotations.service.shared;

import org.junit.jupiter.api.Test;
import org.pmorotations.domain.rotation.RotationStatus;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqlTermsTest {

    @Test
    void aStatusSetIsWrittenInItsDeclaredOrder() {
        assertEquals("r.status IN ('ACTIVE', 'COMPLETED', 'CURTAILED')", SqlTerms.in("r.status", RotationStatus.STARTED));
        assertEquals("o.status IN ('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED', 'CURTAILED')",
                SqlTerms.in("o.status", RotationStatus.RESERVING_A_SEAT));
        assertEquals("x IN ('APPROVED', 'CURTAILED')", SqlTerms.in("x", Set.of(RotationStatus.CURTAILED, RotationStatus.APPROVED)));
    }

    @Test
    void anEmptySetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SqlTerms.in("r.status", EnumSet.noneOf(RotationStatus.class)));
    }

    @Test
    void theLadderRanksFromOneToFive() {
        assertEquals("CASE lc.career_level WHEN 'PROJECT_COORDINATOR' THEN 1 WHEN 'PROJECT_MANAGER' THEN 2"
                + " WHEN 'SENIOR_PROJECT_MANAGER' THEN 3 WHEN 'PROGRAM_MANAGER' THEN 4 WHEN 'PORTFOLIO_MANAGER' THEN 5 END",
                SqlTerms.levelRank("lc.career_level"));
    }
}
