package org.pmorotations.service.shared;

import java.util.List;

/** What an import did: rows created, rows updated, the rows it refused with why, and the file's header. */
public record ImportResult(int created, int updated, List<CsvImport.Rejected> rejected, List<String> header) implements java.io.Serializable {

    /** The rejected lines as a CSV file to fix and import again ({@link CsvImport#rejectedLines}). */
    public String rejectedLines() {
        return CsvImport.rejectedLines(header, rejected);
    }
}
