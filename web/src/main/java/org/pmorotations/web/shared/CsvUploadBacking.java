package org.pmorotations.web.shared;

import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.service.shared.CsvImport;
import org.pmorotations.service.shared.ImportResult;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every import page does ({@code WEB-INF/includes/import-result.xhtml} shows it): a CSV file
 * uploaded, imported by the same service as the API's import (good lines written in one
 * transaction, bad ones reported with their line and every error), the result shown, and the
 * rejected lines offered as a file to fix and import again. A file that cannot be read at all (a
 * missing column, a quote never closed) is said above the form and changes nothing.
 */
public abstract class CsvUploadBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String fileName;
    private ImportResult result;

    /** Imports the file with the page's service. */
    protected abstract ImportResult importCsv(Reader csv);

    /** The name of the rejected lines' file when the upload had none: "staff", "open-roles". */
    protected abstract String defaultName();

    public void upload(FileUploadEvent event) {
        result = null;
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            result = importCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
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
        String base = fileName == null ? defaultName() : fileName.replaceFirst("(?i)\\.(csv|txt)$", "");
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

    public List<CsvImport.Rejected> getRejected() {
        return result == null ? List.of() : result.rejected();
    }

    /** How a file writes the career levels (the codes the import reads). */
    public String getLevelCodes() {
        return java.util.Arrays.stream(org.pmorotations.domain.staff.CareerLevel.values()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
