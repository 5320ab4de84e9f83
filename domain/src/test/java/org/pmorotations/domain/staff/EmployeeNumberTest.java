package org.pmorotations.domain.staff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmorotations.domain.shared.InvalidValueException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EmployeeNumberTest {

    private static final String TWENTY = "ABCDEFGHIJ0123456789";

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "e-101|E-101",
            "'  e-101  '|E-101",
            "E-101|E-101",
            "ab12cd|AB12CD",
            "x|X",
            "7|7",
            "'\tp-9\n'|P-9",
    })
    void isStrippedAndUpperCased(String raw, String expected) {
        EmployeeNumber number = EmployeeNumber.of(raw);

        assertEquals(expected, number.value());
        assertEquals(expected, number.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "1", "E-101", "A-B-C", "A--B", "2027-0001", TWENTY, "  " + TWENTY + "  ", "abcdefghij0123456789"})
    void validFormatsAreAccepted(String raw) {
        assertEquals(raw.strip().toUpperCase(java.util.Locale.ROOT), EmployeeNumber.of(raw).value());
    }

    @Test
    void twentyCharactersIsTheMaximum() {
        assertEquals(EmployeeNumber.MAX_LENGTH, TWENTY.length());
        assertEquals(TWENTY, EmployeeNumber.of(TWENTY).value());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ", "\t",                     // blank
            TWENTY + "X",                    // 21 characters
            "-E101", "E101-", "-", "--",     // leading or trailing hyphen
            "E 101", "E\t101",               // whitespace inside
            "E_101", "E.101", "E/101", "E#101", "E+101", "E@101", "E'101", // special characters
            "É101", "Ä-1",                   // letters outside A-Z
    })
    void invalidFormatsAreRejected(String raw) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> EmployeeNumber.of(raw));
        assertEquals("employeeNumber", e.getField());
    }

    @Test
    void valuesDifferingOnlyInCaseAndSpacesAreEqual() {
        EmployeeNumber lower = EmployeeNumber.of("e-101");
        EmployeeNumber upper = EmployeeNumber.of(" E-101 ");

        assertEquals(lower, upper);
        assertEquals(lower.hashCode(), upper.hashCode());
    }

    @Test
    void differentValuesAreNotEqual() {
        assertNotEquals(EmployeeNumber.of("E-101"), EmployeeNumber.of("E-102"));
        assertNotEquals(EmployeeNumber.of("E101"), EmployeeNumber.of("E-101"));
        assertNotEquals(EmployeeNumber.of("E-101"), "E-101");
    }
}
