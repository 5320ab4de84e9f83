package org.pmorotations.web.security;

import org.pmorotations.domain.security.PasswordPolicy;
import org.pmorotations.domain.security.Role;
import org.pmorotations.domain.security.UserAccount;
import org.pmorotations.service.security.AccountService;

import java.time.Clock;
import org.pmorotations.service.shared.Clocks;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.web.shared.FormMessages;
import org.pmorotations.web.shared.Texts;
import org.pmorotations.domain.staff.Staff;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs {@code admin/accounts.xhtml}: the administrator's list of accounts, the dialogs that
 * change an account's roles and password, and the form for a new account.
 *
 * <p>Every change is a full (non-Ajax) request, so that a refusal by the container
 * ({@code EJBAccessException}) reaches the error page like on any other page; it is never caught
 * here. A broken business rule ({@link InvalidValueException}) is shown next to the field it concerns
 * (its {@code rule}), or above the table, and what the user typed stays in the form. Only the
 * passwords are not sent back to the browser.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The dialog to show when the page is rendered; none when null. */
    private enum Dialog { EDIT, PASSWORD }

    /** Which input of which form shows the message of a broken rule; "staff" is about the employee number. */
    private static final Map<String, String> CREATE_FIELDS = Map.of(
            "username", "username", "password", "password", "roles", "roles",
            "employeeNumber", "employeeNumber", "staff", "employeeNumber");
    private static final Map<String, String> EDIT_FIELDS = Map.of(
            "roles", "editRoles", "employeeNumber", "editEmployeeNumber", "staff", "editEmployeeNumber");
    private static final Map<String, String> PASSWORD_FIELDS = Map.of("password", "newPassword");

    private static final Converter<Object> ROLE_CONVERTER = new EnumConverter(Role.class);

    @Inject
    AccountService accounts;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    private List<AccountRow> rows;

    private String username;
    private String password;
    private List<Role> roles = new ArrayList<>();
    private String employeeNumber;

    private Dialog dialog;
    private String selected;
    private List<Role> editRoles = new ArrayList<>();
    private String editEmployeeNumber;
    private String newPassword;

    /** One line of the table: what the page shows of an account, nothing of its password. */
    public record AccountRow(String username, String fullName, String employeeNumber, List<Role> roles, boolean enabled,
                             LocalDateTime lockedUntil, LocalDateTime lastSignIn) implements Serializable {

        static AccountRow of(UserAccount account, LocalDateTime now) {
            Staff staff = account.getStaff();
            return new AccountRow(account.getUsername(), staff == null ? null : staff.getFullName(),
                    staff == null ? null : staff.getEmployeeNumber().value(), List.copyOf(account.getRoles()),
                    account.isEnabled(), account.isLockedAt(now) ? account.getLockedUntil() : null, account.getLastSignIn());
        }

        public boolean linked() {
            return employeeNumber != null;
        }
    }

    public List<AccountRow> getRows() {
        if (rows == null) {
            LocalDateTime now = Clocks.utc(clock);
            rows = accounts.list().stream().map(account -> AccountRow.of(account, now)).toList();
        }
        return rows;
    }

    public void create() {
        try {
            UserAccount account = accounts.create(username, password, roleSet(roles), employeeNumber);
            succeeded("accounts.created", account.getUsername());
            username = null;
            roles = new ArrayList<>();
            employeeNumber = null;
        } catch (Refusal broken) {
            FormMessages.reject(broken, CREATE_FIELDS);
        } finally {
            password = null;
        }
    }

    public void startEdit(AccountRow row) {
        selected = row.username();
        editRoles = new ArrayList<>(row.roles());
        editEmployeeNumber = row.employeeNumber();
        dialog = Dialog.EDIT;
    }

    public void saveRoles() {
        try {
            UserAccount account = accounts.changeRoles(selected, roleSet(editRoles), editEmployeeNumber);
            succeeded("accounts.changed", account.getUsername());
            dialog = null;
        } catch (Refusal broken) {
            rejectInDialog(broken, EDIT_FIELDS);
        }
    }

    public void startPasswordReset(AccountRow row) {
        selected = row.username();
        newPassword = null;
        dialog = Dialog.PASSWORD;
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(selected, newPassword);
            succeeded("accounts.passwordReset", selected);
            dialog = null;
        } catch (Refusal broken) {
            rejectInDialog(broken, PASSWORD_FIELDS);
        } finally {
            newPassword = null;
        }
    }

    /** The dialog was closed without saving (its close button, Escape, or Cancel). */
    public void closeDialog() {
        dialog = null;
        newPassword = null;
    }

    public void disable(AccountRow row) {
        try {
            accounts.disable(row.username(), currentUser.getUsername());
            succeeded("accounts.disabled", row.username());
        } catch (Refusal broken) {
            rows = null;
            FormMessages.reject(broken, Map.of());
        }
    }

    public void enable(AccountRow row) {
        try {
            accounts.enable(row.username());
            succeeded("accounts.enabled", row.username());
        } catch (Refusal broken) {
            rows = null;
            FormMessages.reject(broken, Map.of());
        }
    }

    private void succeeded(String key, String accountName) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = texts.get(key, accountName);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
        rows = null;
    }

    /** A rule of no field in the dialog (the account has gone): the dialog closes and the page says why. */
    private void rejectInDialog(Refusal broken, Map<String, String> fields) {
        if (broken.reasons().stream().noneMatch(reason -> fields.containsKey(reason.subject()))) {
            dialog = null;
            rows = null;
        }
        FormMessages.reject(broken, fields);
    }

    private static Set<Role> roleSet(List<Role> chosen) {
        return chosen == null || chosen.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(chosen);
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public Converter<Object> getRoleConverter() {
        return ROLE_CONVERTER;
    }

    public int getPasswordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public boolean isEditing() {
        return dialog == Dialog.EDIT;
    }

    public boolean isResettingPassword() {
        return dialog == Dialog.PASSWORD;
    }

    /** The input whose rule was broken in this request, for the focus to go to; null when none. */
    public String getInvalidField() {
        Iterator<String> withMessages = FacesContext.getCurrentInstance().getClientIdsWithMessages();
        while (withMessages.hasNext()) {
            String clientId = withMessages.next();
            if (clientId != null) {
                return clientId;
            }
        }
        return null;
    }

    public boolean isDialogOpen() {
        return dialog != null;
    }

    public String getSelected() {
        return selected;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public List<Role> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<Role> editRoles) {
        this.editRoles = editRoles;
    }

    public String getEditEmployeeNumber() {
        return editEmployeeNumber;
    }

    public void setEditEmployeeNumber(String editEmployeeNumber) {
        this.editEmployeeNumber = editEmployeeNumber;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
