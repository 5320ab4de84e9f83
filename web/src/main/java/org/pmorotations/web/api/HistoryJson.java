package org.pmorotations.web.api;

import java.util.List;

/** A person's career, oldest first. */
public record HistoryJson(String employeeNumber, String fullName, List<HistoryItemJson> items) {
}
