package org.pmorotations.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pmorotations.domain.project.Project;

import java.time.LocalDate;

/** A project as the API answers it: {@code end} is null for an open-ended one. */
@Schema(name = "Project")
public record ProjectJson(String code, String name, String department, LocalDate start, @Schema(description = "None: open-ended.") LocalDate end) {

    static ProjectJson of(Project project) {
        return new ProjectJson(project.getCode(), project.getName(), project.getDepartment(), project.getPeriod().start(),
                project.getPeriod().end().orElse(null));
    }
}
