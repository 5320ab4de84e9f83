package org.pmorotations.service.report;

import java.time.LocalDate;

/** One rotation of the at-risk list: who, where, and the end that makes it a risk. */
public record RiskRow(long rotationId, String employeeNumber, String fullName, String pmoCode, String role,
                      LocalDate start, LocalDate end, String status) implements java.io.Serializable {
}
