package org.pmorotations.service.project;

import java.time.LocalDate;

/** A project as the API sends it. */
public record ProjectInput(String code, String name, String department, LocalDate start, LocalDate end) {
}
