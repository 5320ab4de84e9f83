package org.pmorotations.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Text;

import java.util.Objects;

/**
 * The business key of a staff member: unique and stable across imports. Letters, digits and
 * hyphens, at most {@value #MAX_LENGTH} characters; kept in upper case so that "e-101" and
 * "E-101" are the same person.
 */
@Embeddable
public class EmployeeNumber {

    public static final int MAX_LENGTH = 20;

    @Column(name = "employee_number", nullable = false, unique = true, length = MAX_LENGTH)
    private String value;

    protected EmployeeNumber() {
        // for JPA
    }

    private EmployeeNumber(String value) {
        this.value = value;
    }

    public static EmployeeNumber of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("employeeNumber", "The employee number is required.");
        }
        // Checked before upper-casing: "ß" would otherwise become the valid "SS".
        String stripped = raw.strip();
        String normalised = stripped.toUpperCase(java.util.Locale.ROOT);
        if (stripped.length() > MAX_LENGTH || !Text.isCode(stripped)) {
            throw new InvalidValueException("employeeNumber", "The employee number \"" + raw.strip()
                    + "\" must be 1 to " + MAX_LENGTH + " letters, digits or inner hyphens.");
        }
        return new EmployeeNumber(normalised);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmployeeNumber that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
