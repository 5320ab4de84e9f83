package org.pmorotations.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON binding of the API. Answers are records, their members in alphabetical order (JSON-B's
 * default), a member without a value as {@code null}: never left out, so that every answer of a
 * kind has the same members.
 * In requests, a field the API does not know is an error (400), not silently
 * dropped, so a client's typo never passes for a default; and a whole-number field takes a whole
 * number its type can hold, or the request is refused (400) saying so. The binding on its own
 * wraps {@code 4294967308} round to {@code 12} and reads {@code 12.9} as {@code 12}, so a wrong
 * request would pass for a right one.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    /** How the refusal of a number begins; {@link UnreadableRequestMapper} gives it to the client as it is. */
    static final String NOT_A_WHOLE_NUMBER = "is not a whole number";

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(new ExactInteger(), new ExactLong())
            .withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** {@code value} as the API writes it, for an answer kept as text (a problem, a stored answer). */
    static String toJson(Object value) {
        return JSONB.toJson(value);
    }

    /**
     * The number as written (a JSON number, or a string holding one: the binding's own leniency),
     * if it is a whole one from {@code min} to {@code max}; refused otherwise, quoting what was
     * written (never the number spelt out: {@code 1e999999999} would be a billion digits).
     */
    private static BigDecimal whole(JsonParser parser, long min, long max) {
        String written = parser.getString();
        BigDecimal value;
        try {
            value = new BigDecimal(written);
        } catch (NumberFormatException e) {
            throw new JsonbException("\"" + written + "\" " + NOT_A_WHOLE_NUMBER + ".");
        }
        if (value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new JsonbException("\"" + written + "\" " + NOT_A_WHOLE_NUMBER + " from " + min + " to " + max + ".");
        }
        return value;
    }

    static final class ExactInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
        }
    }

    static final class ExactLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE).longValue();
        }
    }
}
