package org.pmorotations.web.project;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.domain.project.OpenRole;
import org.pmorotations.domain.project.OpenRoleStatus;
import org.pmorotations.domain.project.Project;
import org.pmorotations.domain.shared.InvalidValueException;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.domain.shared.StaleVersionException;
import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.service.project.OpenRoleInput;
import org.pmorotations.service.project.OpenRoleService;
import org.pmorotations.service.project.ProjectService;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.web.shared.FormMessages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Backs {@code projects/view.xhtml?code=}: a project, its open roles (the backfills its people
 * left among them) and, for PMO managers and administrators, the forms that open a role, fill one
 * with a person and withdraw one. Each change is made on the version of the role shown; a refusal
 * is shown next to the field it names, with what was typed kept.
 */
@Named("projectView")
@ViewScoped
public class ViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> OPEN_FIELDS = Map.of("minLevel", "minLevel", "maxLevel", "maxLevel", "start", "start",
            "end", "end", "department", "department", "description", "description");
    private static final Map<String, String> FILL_FIELDS = Map.of("employeeNumber", "fillEmployee", "start", "fillStart",
            "status", "fillRole", "level", "fillEmployee", "openRole", "fillRole");
    private static final Map<String, String> WITHDRAW_FIELDS = Map.of("reason", "withdrawReason", "status", "withdrawRole",
            "openRole", "withdrawRole");

    @Inject
    ProjectService projects;

    @Inject
    OpenRoleService openRoles;

    @Inject
    CurrentUser currentUser;

    private String code;
    private transient Project project;
    private transient List<OpenRole> roles;
    /** The version of each role as shown, which a change is made on. */
    private final Map<Long, Long> versions = new HashMap<>();

    private CareerLevel minLevel;
    private CareerLevel maxLevel;
    private LocalDate start;
    private LocalDate end;
    private String department;
    private String description;

    private Long fillRole;
    private String fillEmployee;
    private LocalDate fillStart;

    private Long withdrawRole;
    private String withdrawReason;

    /** Reads the project; an unknown one is 404, a reader without the right 403. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            project = code == null ? null : projects.find(code).orElse(null);
            if (project == null) {
                faces.getExternalContext().responseSendError(404, null);
                faces.responseComplete();
                return;
            }
            getRoles().forEach(role -> versions.put(role.getId(), role.getVersion()));
        } catch (EJBAccessException refused) {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        }
    }

    public Project getProject() {
        if (project == null && code != null) {
            project = projects.find(code).orElse(null);
        }
        return project;
    }

    /** Every open role of the project, by start: open, filled and withdrawn, backfills among them. */
    public List<OpenRole> getRoles() {
        if (roles == null) {
            roles = openRoles.list(code, null);
        }
        return roles;
    }

    /** The roles a person may still fill or that may be withdrawn. */
    public List<OpenRole> getOpenOnes() {
        return getRoles().stream().filter(role -> role.getStatus() == OpenRoleStatus.OPEN).toList();
    }

    public boolean isMayChange() {
        return currentUser.isAdmin() || currentUser.isPmoManager();
    }

    public CareerLevel[] getLevels() {
        return CareerLevel.values();
    }

    public String open() {
        return change(OPEN_FIELDS, () -> {
            OpenRole opened = openRoles.open(new OpenRoleInput(code, minLevel, maxLevel, start, end, department, description, null));
            return FormMessages.text("project.openRole.opened", opened.levels(), opened.getPeriod().start());
        });
    }

    public String fill() {
        return change(FILL_FIELDS, () -> {
            OpenRole filled = openRoles.fill(required(fillRole, "fillRole"), fillEmployee, fillStart, versions.get(fillRole));
            return FormMessages.text("project.openRole.filled", filled.getFilledBy().orElseThrow().getStaff().getFullName(), filled.levels());
        });
    }

    public String withdraw() {
        return change(WITHDRAW_FIELDS, () -> {
            OpenRole withdrawn = openRoles.withdraw(required(withdrawRole, "withdrawRole"), withdrawReason, versions.get(withdrawRole));
            return FormMessages.text("project.openRole.withdrawn", withdrawn.levels(), withdrawn.getPeriod().start());
        });
    }

    private static long required(Long chosen, String input) {
        if (chosen == null) {
            throw new InvalidValueException("openRole", FormMessages.text("project.openRole.choose"));
        }
        return chosen;
    }

    /** One change; its sentence shown on the page read again, or its refusal next to its fields. */
    private String change(Map<String, String> fields, Supplier<String> change) {
        try {
            return reload(FacesMessage.SEVERITY_INFO, change.get());
        } catch (StaleVersionException stale) {
            return reload(FacesMessage.SEVERITY_WARN, FormMessages.text("project.openRole.stale"));
        } catch (Refusal refused) {
            FormMessages.reject(refused, fields);
        } catch (EJBAccessException notAllowed) {
            FormMessages.reject(FormMessages.text("rotation.notAllowed"));
        }
        return null;
    }

    /** The page read again, with {@code message} above it. */
    private String reload(FacesMessage.Severity severity, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, message, ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/projects/view?faces-redirect=true&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
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

    public CareerLevel getMinLevel() {
        return minLevel;
    }

    public void setMinLevel(CareerLevel minLevel) {
        this.minLevel = minLevel;
    }

    public CareerLevel getMaxLevel() {
        return maxLevel;
    }

    public void setMaxLevel(CareerLevel maxLevel) {
        this.maxLevel = maxLevel;
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

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getFillRole() {
        return fillRole;
    }

    public void setFillRole(Long fillRole) {
        this.fillRole = fillRole;
    }

    public String getFillEmployee() {
        return fillEmployee;
    }

    public void setFillEmployee(String fillEmployee) {
        this.fillEmployee = fillEmployee;
    }

    public LocalDate getFillStart() {
        return fillStart;
    }

    public void setFillStart(LocalDate fillStart) {
        this.fillStart = fillStart;
    }

    public Long getWithdrawRole() {
        return withdrawRole;
    }

    public void setWithdrawRole(Long withdrawRole) {
        this.withdrawRole = withdrawRole;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
