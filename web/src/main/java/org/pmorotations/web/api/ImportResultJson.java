package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pmorotations.service.shared.ImportResult;

import java.util.List;

/** The answer of an import: how many rows were created and updated, and each rejected row with its line and errors. */
@Schema(name = "ImportResult")
public record ImportResultJson(int created, int updated, List<RejectedJson> rejected) {

    /** A rejected row; the header is line 1. */
    @Schema(name = "RejectedLine")
    public record RejectedJson(int line, List<String> errors) {
    }

    static ImportResultJson of(ImportResult result) {
        return new ImportResultJson(result.created(), result.updated(), result.rejected().stream()
                .map(row -> new RejectedJson(row.line(), row.errors())).toList());
    }
}
