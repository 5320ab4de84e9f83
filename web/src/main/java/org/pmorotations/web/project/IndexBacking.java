package org.pmorotations.web.project;

import org.pmorotations.domain.project.Project;
import org.pmorotations.service.project.ProjectInput;
import org.pmorotations.service.project.ProjectService;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.web.security.CurrentUser;

import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.web.shared.FormMessages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code projects/index.xhtml}: the projects, and a form for a new one (PMO managers and
 * administrators). A broken rule is shown next to its field, with what was typed kept.
 */
@Named("projectIndex")
@ViewScoped
public class IndexBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("code", "code", "name", "name", "department", "department",
            "start", "start", "end", "end");

    @Inject
    ProjectService projectService;

    @Inject
    CurrentUser currentUser;

    private transient List<Project> projects;
    private String code;
    private String name;
    private String department;
    private LocalDate start;
    private LocalDate end;

    public List<Project> getProjects() {
        if (projects == null) {
            projects = projectService.list();
        }
        return projects;
    }

    public String create() {
        try {
            Project project = projectService.create(new ProjectInput(code, name, department, start, end));
            FormMessages.succeeded("projects.created", project.getCode());
            return "/projects/index?faces-redirect=true";
        } catch (Refusal refused) {
            FormMessages.reject(refused, FIELDS);
        }
        return null;
    }

    public boolean isMayChange() {
        return currentUser.isAdmin() || currentUser.isPmoManager();
    }


    public String getInvalidField() {
        return FormMessages.invalidField();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }
}
