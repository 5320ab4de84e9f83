package org.pmorotations.web.api;

import org.pmorotations.domain.shared.Refusal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A value that an entity's own constraint refused when it was about to be stored: 422 naming the
 * field, like every refusal of a value, never the container's HTML page. The services check each
 * value before it reaches the entity with a message of their own; this answers what slips past
 * them. Nothing of the request is stored: the constraint is checked before the row is written and
 * the transaction is rolled back.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<ConstraintViolation<?>> violations = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(ConstraintViolationMapper::field))
                .toList();
        List<String> messages = violations.stream().map(violation -> field(violation) + ": " + violation.getMessage()).distinct().toList();
        String detail = messages.isEmpty() ? "A value was refused." : messages.stream().collect(Collectors.joining("; ", "", "."));
        return Problems.unprocessable(detail, violations.stream()
                .map(violation -> Refusal.Reason.ofField(field(violation), field(violation) + ": " + violation.getMessage()))
                .distinct().toList());
    }

    private static String field(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        return field == null ? "body" : field;
    }
}
