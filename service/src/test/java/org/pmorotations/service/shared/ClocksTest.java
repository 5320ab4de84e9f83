package org.pmorotations.service.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClocksTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void withoutASettingTheDayIsTheServersOwn(String zone) {
        assertEquals(ZoneId.systemDefault(), Clocks.of(zone).getZone());
    }

    @Test
    void theSettingNamesTheZoneOfToday() {
        assertEquals(ZoneId.of("Pacific/Auckland"), new Clocks(Optional.of(" Pacific/Auckland ")).clock().getZone());
        assertEquals(ZoneId.of("UTC"), Clocks.of("UTC").getZone());
    }

    @Test
    void anUnknownZoneStopsTheStartWithItsName() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Clocks.of("Mars/Olympus_Mons"));
        assertTrue(refused.getMessage().startsWith("TIME_ZONE is \"Mars/Olympus_Mons\", which is not a time zone"), refused.getMessage());
    }

    @Test
    void storedMomentsAreInUtcWhateverTheZone() {
        Instant instant = Instant.parse("2027-03-01T23:30:00Z");
        Clock auckland = Clock.fixed(instant, ZoneId.of("Pacific/Auckland"));
        assertEquals(LocalDateTime.of(2027, 3, 1, 23, 30), Clocks.utc(auckland));
        assertEquals(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), Clocks.utc(Clock.fixed(instant, ZoneOffset.ofHours(-5))));
    }
}
