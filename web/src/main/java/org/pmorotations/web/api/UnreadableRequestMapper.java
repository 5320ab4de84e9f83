package org.pmorotations.web.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is not the JSON the endpoint reads (broken JSON, unknown field, wrong date format,
 * unknown value, a number that is not a whole one its field can hold): 400, naming the field when the binding says which, in words a client developer
 * reads without knowing the JSON binding library.
 */
@Provider
public class UnreadableRequestMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)' because of: (.*)", Pattern.DOTALL);
    private static final Pattern DATE = Pattern.compile("Error parsing class java\\.time\\.\\w+ from value: ([^.]*(?:\\.[^ .]+)*)");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^\\s]+)");
    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped to a class");
    private static final Pattern NUMBER = Pattern.compile("(\"[^\"\n]*\" " + JsonbConfiguration.NOT_A_WHOLE_NUMBER + "[^\n]*)");
    private static final Pattern POSITION = Pattern.compile("line no=(\\d+), column no=(\\d+)");

    /** The field each value type is read into, in the bodies of this API. */
    private static final java.util.Map<String, String> ENUM_FIELDS = java.util.Map.of(
            "org.pmorotations.domain.pmo.PmoRole", "role",
            "org.pmorotations.domain.pmo.PmoTier", "tier",
            "org.pmorotations.domain.staff.CareerLevel", "level",
            "org.pmorotations.domain.rotation.Objective", "objectives",
            "org.pmorotations.domain.rotation.ObjectiveRating", "rating");

    @Override
    public Response toResponse(ProcessingException exception) {
        return problem(exception);
    }

    static Response problem(Throwable exception) {
        String raw = rawMessage(exception);
        String field = "body";
        String message;
        Matcher property = PROPERTY.matcher(raw);
        Matcher unknown = UNKNOWN.matcher(raw);
        Matcher constant = ENUM.matcher(raw);
        if (!property.find() && constant.find() && ENUM_FIELDS.containsKey(constant.group(1))) {
            // The binding names no property for an unknown constant; each of these types has one field.
            field = ENUM_FIELDS.get(constant.group(1));
            message = field + ": " + valueProblem(raw);
        } else if (property.reset().find()) {
            field = property.group(1);
            message = field + ": " + valueProblem(property.group(2));
        } else if (unknown.find()) {
            field = unknown.group(1);
            message = "There is no field \"" + field + "\" here.";
        } else {
            Matcher position = POSITION.matcher(raw);
            message = position.find()
                    ? "The body is not well-formed JSON (line " + position.group(1) + ", column " + position.group(2) + ")."
                    : "The body is not the JSON this endpoint reads.";
        }
        return Problems.ofField(Response.Status.BAD_REQUEST, message, field);
    }

    private static String valueProblem(String cause) {
        Matcher number = NUMBER.matcher(cause);
        if (number.find()) {
            return number.group(1);
        }
        Matcher date = DATE.matcher(cause);
        if (date.find()) {
            return "\"" + date.group(1).strip() + "\" is not a date written 2027-03-01.";
        }
        Matcher constant = ENUM.matcher(cause);
        if (constant.find()) {
            try {
                Object[] values = Class.forName(constant.group(1)).getEnumConstants();
                return "\"" + constant.group(2) + "\" is not one of " + Arrays.toString(values) + ".";
            } catch (ClassNotFoundException | LinkageError unknownType) {
                return "\"" + constant.group(2) + "\" is not one of the allowed values.";
            }
        }
        return "the value cannot be read as this field's type.";
    }

    private static String rawMessage(Throwable exception) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null) {
                all.append(cause.getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
