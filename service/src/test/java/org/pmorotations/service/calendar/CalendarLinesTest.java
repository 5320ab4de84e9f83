package org.pmorotations.service.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarLinesTest {

    @Test
    void aLineOfManyOctetsIsFoldedAt75OctetsWithoutSplittingACharacter() {
        String summary = "SUMMARY:Rotation starts: " + "Ренé Müller 😀 ".repeat(8);
        String folded = CalendarLines.fold("BEGIN:VEVENT\r\n" + summary + "\r\nEND:VEVENT\r\n");

        String[] lines = folded.split("\r\n");
        assertTrue(lines.length > 4, "the summary takes several lines: " + folded);
        assertTrue(Arrays.stream(lines).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75), folded);
        assertTrue(Arrays.stream(lines).skip(2).limit(lines.length - 3).allMatch(line -> line.startsWith(" ")),
                "every continuation starts with a space");
        assertEquals(summary, unfold(folded).split("\r\n")[1], "unfolded, the line is the same, emoji included");
        assertTrue(folded.endsWith("END:VEVENT\r\n"));
    }

    @Test
    void shortLinesAreLeftAsTheyAre() {
        String text = "BEGIN:VCALENDAR\r\nPRODID:-//PMO Rotations//Rotation dates//EN\r\nEND:VCALENDAR\r\n";
        assertEquals(text, CalendarLines.fold(text));
        String exactly75 = "X".repeat(75) + "\r\n";
        assertEquals(exactly75, CalendarLines.fold(exactly75));
        assertEquals("X".repeat(75) + "\r\n X\r\n", CalendarLines.fold("X".repeat(76) + "\r\n"));
    }

    /** RFC 5545: a line break followed by one space is removed. */
    private static String unfold(String text) {
        return text.replace("\r\n ", "");
    }
}
