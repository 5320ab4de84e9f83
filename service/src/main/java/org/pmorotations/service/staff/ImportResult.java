package org.pmorotations.service.staff;

import java.util.List;

/** What an import did: staff created, staff updated, the rows it refused with why, and the file's header. */
public record ImportResult(int created, int updated, List<StaffCsv.Rejected> rejected, List<String> header) implements java.io.Serializable {

    /** The rejected lines as a CSV file to fix and import again ({@link StaffCsv#rejectedLines}). */
    public String rejectedLines() {
        return StaffCsv.rejectedLines(header, rejected);
    }
}
