package org.pmorotations.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n "})
    void blankIsRejectedNamingTheField(String value) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Text.required(value, "name", "The name", 10));
        assertEquals("name", e.getField());
        assertEquals("The name is required.", e.getMessage());
    }

    @Test
    void valueIsStripped() {
        assertEquals("PMO", Text.required("  PMO \n", "code", "The code", 10));
    }

    @Test
    void exactlyMaxIsAllowed() {
        assertEquals("abcdefghij", Text.required("abcdefghij", "code", "The code", 10));
    }

    @Test
    void surroundingWhitespaceDoesNotCountTowardsTheMaximum() {
        assertEquals("abcdefghij", Text.required("   abcdefghij   ", "code", "The code", 10));
    }

    @Test
    void oneOverMaxIsRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Text.required("abcdefghijk", "code", "The code", 10));
        assertEquals("code", e.getField());
        assertEquals("The code has 11 characters; at most 10 are allowed.", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ren\u00e9 M\u00fcller", "\u05e9\u05dc\u05d5\u05dd Cohen", "Ana \ud83d\ude00", "O'Brien & <Sons> \"Ltd\""})
    void printableTextOfAnyScriptIsKeptAsTyped(String name) {
        assertEquals(name, Text.required(name, "fullName", "The full name", 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann\u0000Lee", "Ann\tLee", "Ann\nLee", "Ann\u001bLee", "Ann\u007fLee"})
    void aControlCharacterInOneLineTextIsRefusedNamingTheFieldAndTheCharacter(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Text.required(name, "fullName", "The full name", 100));
        assertEquals("fullName", e.getField());
        assertEquals(String.format("The full name holds an invisible control character (U+%04X) at position 4, which cannot be stored."
                + " Type it again without it.", (int) name.charAt(3)), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ann\ud83dLee", "Ann\ude00Lee"})
    void halfOfACharacterIsRefused(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Text.required(name, "fullName", "The full name", 100));
        assertEquals("fullName", e.getField());
        assertEquals(String.format("The full name holds half of a character (U+%04X) at position 4, which cannot be stored."
                + " Type it again without it.", (int) name.charAt(3)), e.getMessage());
    }

    @Test
    void aReasonKeepsItsLineBreaksAndTabsButNoOtherControlCharacter() {
        assertEquals("first line\r\n\tsecond line", Text.optional(" first line\r\n\tsecond line ", "reason", "The reason", 100));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Text.optional("a\u0000b", "reason", "The reason", 100));
        assertEquals("reason", e.getField());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  \n"})
    void anAbsentOrBlankOptionalTextIsNull(String value) {
        assertEquals(null, Text.optional(value, "reason", "The reason", 10));
    }

    @Test
    void aCodeIsKeptInUpperCase() {
        assertEquals("PMO-FIN-2", Text.code(" pmo-fin-2 ", "code", "The PMO code", 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EV{x}1", "A,B\"C", "-FIN", "FIN-", "F IN", "FIN/2", "\u00c9QUIPE", "F\u0000"})
    void aCodeOtherThanLettersDigitsAndInnerHyphensIsRefusedNamingTheField(String code) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Text.code(code, "code", "The PMO code", 20));
        assertEquals("code", e.getField());
    }

    @Test
    void aLookupOfTextNoCodeCouldBeFindsNothingWithoutAsking() {
        assertEquals(java.util.Optional.of("FIN"), Text.asCode(" fin "));
        assertEquals(java.util.Optional.empty(), Text.asCode("F\u0000"));
        assertEquals(java.util.Optional.empty(), Text.asCode("A,B\"C"));
        assertEquals(java.util.Optional.empty(), Text.asCode(null));
    }
}
