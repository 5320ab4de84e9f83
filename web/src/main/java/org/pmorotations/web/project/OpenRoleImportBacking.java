package org.pmorotations.web.project;

import org.pmorotations.service.project.OpenRoleCsv;
import org.pmorotations.service.project.OpenRoleService;
import org.pmorotations.service.shared.ImportResult;
import org.pmorotations.web.shared.CsvUploadBacking;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Reader;
import java.io.Serial;

/** Backs {@code projects/import.xhtml}: open roles opened from a CSV file, one a line. */
@Named("openRoleImport")
@ViewScoped
public class OpenRoleImportBacking extends CsvUploadBacking {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    OpenRoleService openRoles;

    @Override
    protected ImportResult importCsv(Reader csv) {
        return openRoles.importCsv(csv);
    }

    @Override
    protected String defaultName() {
        return "open-roles";
    }

    /** The columns a file needs, as they are written. */
    public String getHeader() {
        return String.join(",", OpenRoleCsv.REQUIRED);
    }

    /** The columns a file may add. */
    public String getOptional() {
        return String.join(",", OpenRoleCsv.OPTIONAL);
    }
}
