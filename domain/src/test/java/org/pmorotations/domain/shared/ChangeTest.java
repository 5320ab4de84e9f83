package org.pmorotations.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangeTest {

    private static final LocalDateTime AT = LocalDateTime.of(2027, 2, 1, 10, 30);

    @Test
    void byHasActorAndTimeAndNoReason() {
        Change change = Change.by("pmo.manager", AT);

        assertEquals("pmo.manager", change.actor());
        assertEquals(AT, change.at());
        assertNull(change.reason());
    }

    @Test
    void becauseKeepsActorAndTimeAndStripsTheReason() {
        Change change = Change.by("pmo.manager", AT).because("  Programme closed early \n");

        assertEquals("pmo.manager", change.actor());
        assertEquals(AT, change.at());
        assertEquals("Programme closed early", change.reason());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankReasonIsNoReason(String why) {
        assertNull(Change.by("pmo.manager", AT).because(why).reason());
    }

    @Test
    void actorAndTimeAreRequired() {
        assertThrows(NullPointerException.class, () -> Change.by(null, AT));
        assertThrows(NullPointerException.class, () -> Change.by("pmo.manager", null));
    }

    @Test
    void requireReasonReturnsTheReason() {
        assertEquals("Budget cut", Change.by("pmo.manager", AT).because("Budget cut").requireReason("cancel"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void requireReasonRejectsAMissingReason(String why) {
        Change change = Change.by("pmo.manager", AT).because(why);

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> change.requireReason("cancel a rotation"));
        assertEquals("reason", e.getField());
        assertEquals("A reason is required to cancel a rotation.", e.getMessage());
    }
}
