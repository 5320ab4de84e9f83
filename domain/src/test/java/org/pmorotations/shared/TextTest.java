package org.pmorotations.shared;

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
        DomainException e = assertThrows(DomainException.class, () -> Text.required(value, "name", "The name", 10));
        assertEquals("name", e.getRule());
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
        DomainException e = assertThrows(DomainException.class,
                () -> Text.required("abcdefghijk", "code", "The code", 10));
        assertEquals("code", e.getRule());
        assertEquals("The code has 11 characters; at most 10 are allowed.", e.getMessage());
    }
}
