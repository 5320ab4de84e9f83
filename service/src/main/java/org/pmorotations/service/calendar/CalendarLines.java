package org.pmorotations.service.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds the lines of an iCalendar text at 75 octets, as RFC 5545 (3.1) asks: a longer line goes
 * on in lines that start with one space. ical4j folds at 75 characters, so a line of names such
 * as "Ренé Müller" reaches 100 octets and more; here the limit is counted in UTF-8 octets and a
 * fold never splits a character.
 */
final class CalendarLines {

    static final int MAX_OCTETS = 75;
    private static final String BREAK = "\r\n";

    private CalendarLines() {
    }

    /** {@code text}'s lines (ended by CRLF), each folded to at most 75 octets with its line break left out. */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length() + text.length() / 64);
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf(BREAK, from);
            int lineEnd = end < 0 ? text.length() : end;
            foldLine(text, from, lineEnd, folded);
            if (end >= 0) {
                folded.append(BREAK);
            }
            from = end < 0 ? text.length() : end + BREAK.length();
        }
        return folded.toString();
    }

    private static void foldLine(String text, int from, int to, StringBuilder folded) {
        int octets = 0;
        int i = from;
        while (i < to) {
            int codePoint = text.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > MAX_OCTETS) {
                folded.append(BREAK).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
    }
}
