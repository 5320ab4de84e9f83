package org.pmorotations.web.staff;

import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.domain.staff.Staff;
import org.pmorotations.service.project.ProjectService;
import org.pmorotations.service.staff.CareerService;
import org.pmorotations.service.staff.StaffInput;
import org.pmorotations.service.staff.StaffService;
import org.pmorotations.web.shared.FormMessages;
import org.pmorotations.web.shared.Texts;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code staff/edit.xhtml}: a new person (no {@code employee}) or an existing one
 * ({@code ?employee=}). For an existing person the page also records a level change from a date
 * and a project role (the person's primary assignment for its period), and marks them as having
 * left the organisation or back. Each form is a full request: a refusal of the services is shown
 * next to the field it names, what was typed stays, and nothing is written. Saving the details
 * carries the version read: a change by someone else in between is said, not overwritten.
 * Only administrators and PMO managers reach the page (web.xml), and the services check again.
 */
@Named("staffEdit")
@ViewScoped
public class EditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Field named by the services, to the input of the details form that shows it. */
    private static final Map<String, String> DETAILS = Map.of("employeeNumber", "employeeNumber", "fullName", "fullName",
            "email", "email", "department", "department", "hireDate", "hireDate", "level", "level");
    private static final Map<String, String> LEVEL = Map.of("level", "newLevel", "effective", "effective");
    private static final Map<String, String> ROLE = Map.of("projectCode", "project", "level", "roleLevel",
            "start", "roleStart", "end", "roleEnd");

    @Inject
    StaffService staffService;

    @Inject
    CareerService careers;

    @Inject
    ProjectService projects;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private String employee;
    private boolean existing;
    private String employeeNumber;
    private String fullName;
    private String email;
    private String department;
    private LocalDate hireDate;
    private CareerLevel level;
    private boolean active = true;
    private Long version;

    private CareerLevel newLevel;
    private LocalDate effective;

    private String project;
    private CareerLevel roleLevel;
    private LocalDate roleStart;
    private LocalDate roleEnd;

    private List<Project> projectChoices;
    private List<String> departments;

    /** Reads the person once per view; an unknown one is 404. */
    public void load() throws IOException {
        if (employee == null || employee.isBlank() || existing) {
            return;
        }
        try {
            Staff staff = staffService.profile(employee).staff();
            existing = true;
            employeeNumber = staff.getEmployeeNumber().value();
            fullName = staff.getFullName();
            email = staff.getEmail();
            department = staff.getDepartment();
            hireDate = staff.getHireDate();
            level = staff.getLevel();
            active = staff.isActive();
            version = staff.getVersion();
            newLevel = null;
            effective = LocalDate.now(clock);
            roleLevel = level;
        } catch (Refusal unknown) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    /** Creates the person, or saves their name, e-mail address and department. */
    public String save() {
        return saveDetails(active, existing ? "staff.edit.saved" : "staff.edit.created");
    }

    /** Marks an active person as having left the organisation, or one who left as active again. */
    public String toggleActive() {
        return saveDetails(!active, active ? "staff.edit.deactivated" : "staff.edit.reactivated");
    }

    private String saveDetails(boolean activeAfter, String done) {
        StaffInput input = new StaffInput(employeeNumber, fullName, email, department, hireDate, level, activeAfter, version);
        try {
            Staff saved = existing ? staffService.update(employeeNumber, input) : staffService.create(input);
            FormMessages.succeeded(done, saved.getFullName());
            return viewOf(saved.getEmployeeNumber().value());
        } catch (StaleVersionException stale) {
            FormMessages.reject(texts.get("staff.edit.stale"));
        } catch (Refusal refused) {
            FormMessages.reject(refused, DETAILS);
        }
        return null;
    }

    /** Records the new level from its date; the person's level is the latest one in force. */
    public String recordLevel() {
        try {
            careers.recordLevel(employeeNumber, newLevel, effective);
            FormMessages.succeeded("staff.edit.levelRecorded", fullName, texts.of("level.", newLevel), effective);
            return viewOf(employeeNumber);
        } catch (Refusal refused) {
            FormMessages.reject(refused, LEVEL);
        }
        return null;
    }

    /** Records the project role; one overlapping another assignment is refused with the rule said. */
    public String recordRole() {
        try {
            careers.recordRole(employeeNumber, project, roleLevel, roleStart, roleEnd);
            FormMessages.succeeded("staff.edit.roleRecorded", fullName, projectName(project), roleStart);
            return viewOf(employeeNumber);
        } catch (Refusal refused) {
            FormMessages.reject(refused, ROLE);
        }
        return null;
    }

    private String projectName(String code) {
        return getProjects().stream().filter(choice -> choice.getCode().equals(code)).map(Project::getName).findFirst().orElse(code);
    }

    private static String viewOf(String number) {
        return "/staff/view?faces-redirect=true&employee=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getInvalidField() {
        return FormMessages.invalidField();
    }

    public List<CareerLevel> getLevels() {
        return List.of(CareerLevel.values());
    }

    /** The projects a role can be on, by name; read once per view. */
    public List<Project> getProjects() {
        if (projectChoices == null) {
            projectChoices = projects.list().stream()
                    .sorted(java.util.Comparator.comparing(Project::getName, String.CASE_INSENSITIVE_ORDER)).toList();
        }
        return projectChoices;
    }

    /** The departments staff belong to, offered while typing one (any other may be typed). */
    public List<String> getDepartments() {
        if (departments == null) {
            departments = staffService.departments();
        }
        return departments;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public CareerLevel getLevel() {
        return level;
    }

    public void setLevel(CareerLevel level) {
        this.level = level;
    }

    public boolean isActive() {
        return active;
    }

    public CareerLevel getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(CareerLevel newLevel) {
        this.newLevel = newLevel;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public void setEffective(LocalDate effective) {
        this.effective = effective;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public CareerLevel getRoleLevel() {
        return roleLevel;
    }

    public void setRoleLevel(CareerLevel roleLevel) {
        this.roleLevel = roleLevel;
    }

    public LocalDate getRoleStart() {
        return roleStart;
    }

    public void setRoleStart(LocalDate roleStart) {
        this.roleStart = roleStart;
    }

    public LocalDate getRoleEnd() {
        return roleEnd;
    }

    public void setRoleEnd(LocalDate roleEnd) {
        this.roleEnd = roleEnd;
    }
}
