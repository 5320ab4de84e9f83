package org.pmorotations.web.staff;

import org.pmorotations.service.shared.ImportResult;
import org.pmorotations.service.staff.StaffCsv;
import org.pmorotations.service.staff.StaffImportService;
import org.pmorotations.web.shared.CsvUploadBacking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Reader;
import java.io.Serial;

/** Backs {@code staff/import.xhtml}: staff created or updated by employee number from a CSV file. */
@Named("staffImport")
@ViewScoped
public class ImportBacking extends CsvUploadBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    StaffImportService imports;

    @Override
    protected ImportResult importCsv(Reader csv) {
        return imports.importCsv(csv);
    }

    @Override
    protected String defaultName() {
        return "staff";
    }

    /** The header row a file needs, as it is written. */
    public String getHeader() {
        return String.join(",", StaffCsv.COLUMNS);
    }
}
