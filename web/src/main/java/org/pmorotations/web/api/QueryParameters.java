package org.pmorotations.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads query parameters that JAX-RS cannot bind by itself (dates, enums, numbers): a malformed one is 400
 * with a problem naming the parameter, like a malformed body.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /** The date written 2027-03-01, or null when the parameter is absent or blank. */
    static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw malformed(name, name + " is a date written 2027-03-01, not \"" + text + "\".");
        }
    }

    /** The constant named (any case), or null when the parameter is absent or blank. */
    static <E extends Enum<E>> E oneOf(String name, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw malformed(name, name + " is one of " + List.of(type.getEnumConstants()) + ", not \"" + text + "\".");
        }
    }

    /**
     * The whole number written, or {@code absent} when the parameter is absent or blank; refused
     * when it is no whole number an {@code int} holds ({@code 12.9}, {@code abc}, {@code 99999999999}).
     * JAX-RS on its own answers such a value of an {@code int} parameter with 404, as if the
     * address did not exist.
     */
    static Integer whole(String name, String text, Integer absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException malformed) {
            throw malformed(name, name + " is a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + ", not \"" + text + "\".");
        }
    }

    /** As {@link #date} or {@link #oneOf}, for a parameter that must be there. */
    static <T> T required(String name, T value) {
        if (value == null) {
            throw malformed(name, name + " is required.");
        }
        return value;
    }

    private static BadRequestException malformed(String name, String message) {
        return new BadRequestException(Problems.ofField(Response.Status.BAD_REQUEST, message, name));
    }
}
