package org.pmorotations.service.staff;

import java.util.List;

/** What an import did: staff created, staff updated, and the rows it refused with why. */
public record ImportResult(int created, int updated, List<StaffCsv.Rejected> rejected) {
}
