package org.pmorotations.service.report;

import java.util.List;

/** What the report filters offer: the PMOs' codes and the staff's departments. */
public record ReportChoices(List<String> pmoCodes, List<String> departments) {
}
