package org.pmorotations.web.staff;

import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.service.staff.ImportResult;
import org.pmorotations.service.staff.StaffCsv;
import org.pmorotations.service.staff.StaffImportService;
import org.pmorotations.web.shared.FormMessages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Backs {@code staff/import.xhtml}: a staff CSV file uploaded, imported by the same service as
 * the API's import (good lines written in one transaction, bad ones reported with their line and
 * every error), the result shown, and the rejected lines offered as a file to fix and import
 * again. A file that cannot be read at all (a missing column, a quote never closed) is said above
 * the form and changes nothing.
 */
@Named("staffImport")
@ViewScoped
public class ImportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    StaffImportService imports;

    private String fileName;
    private ImportResult result;

    public void upload(FileUploadEvent event) {
        result = null;
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            result = imports.importCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (Refusal refused) {
            FormMessages.reject(FormMessages.text("import.refused", fileName, refused.getMessage()));
        }
    }

    /** The rejected lines, with the file's columns and a last one saying what is wrong. */
    public StreamedContent getRejectedFile() {
        byte[] csv = result == null ? new byte[0] : result.rejectedLines().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(rejectedName())
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) csv.length)
                .stream(() -> new ByteArrayInputStream(csv))
                .build();
    }

    private String rejectedName() {
        String base = fileName == null ? "staff" : fileName.replaceFirst("(?i)\\.(csv|txt)$", "");
        return base + "-rejected.csv";
    }

    public boolean isImported() {
        return result != null;
    }

    public String getFileName() {
        return fileName;
    }

    public int getCreated() {
        return result == null ? 0 : result.created();
    }

    public int getUpdated() {
        return result == null ? 0 : result.updated();
    }

    public List<StaffCsv.Rejected> getRejected() {
        return result == null ? List.of() : result.rejected();
    }

    /** How a file writes the career levels (the codes the import reads). */
    public String getLevelCodes() {
        return java.util.Arrays.stream(org.pmorotations.domain.staff.CareerLevel.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The header row a file needs, as it is written. */
    public String getHeader() {
        return String.join(",", StaffCsv.COLUMNS);
    }
}
