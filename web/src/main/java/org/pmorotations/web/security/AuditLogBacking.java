package org.pmorotations.web.security;

import org.pmorotations.web.shared.Texts;
import org.pmorotations.domain.security.AuditEntry;
import org.pmorotations.service.security.AuditFilter;
import org.pmorotations.service.security.AuditService;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backs {@code audit/index.xhtml}: the audit log, newest first, one page of
 * {@value #PAGE_SIZE} entries at a time read from the database with the filters last submitted.
 *
 * <p>Actions and subject types are chosen from those the log holds, each shown in words and
 * matched exactly by its code ({@code ACCOUNT_CREATED}, {@code ACCOUNT}); actor and subject key
 * match any part of what is typed.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 25;
    private static final String TABLE = "auditTable";

    @Inject
    AuditService audit;

    private String actor;
    private String action;
    private String subjectType;
    private String subjectKey;
    private LocalDate from;
    private LocalDate to;

    private List<String> actions;
    private List<String> subjectTypes;

    /** Keeps the entries of the page shown, which are not Serializable: left out of a serialised session, made again. */
    private transient LazyDataModel<AuditEntry> entries;

    /** The filters as submitted; the table starts again at its first page. */
    public void filter() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (from != null && to != null && from.isAfter(to)) {
            faces.addMessage("to", new FacesMessage(FacesMessage.SEVERITY_ERROR, new Texts().get("audit.range"), null));
        }
        faces.getViewRoot().invokeOnComponent(faces, TABLE, (context, table) -> ((UIData) table).setFirst(0));
    }

    /** The input a message is about, for the focus to go to; null when none. */
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

    public LazyDataModel<AuditEntry> getEntries() {
        if (entries == null) {
            entries = new Entries();
        }
        return entries;
    }

    private AuditFilter currentFilter() {
        return new AuditFilter(text(actor), code(action), code(subjectType), text(subjectKey), from, to);
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static String code(String typed) {
        String stripped = text(typed);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }

    /** The database counts and pages; the table's own sorting and filtering are not used. */
    private final class Entries extends LazyDataModel<AuditEntry> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(currentFilter()));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.search(currentFilter(), first, pageSize);
        }
    }

    /** The actions the log holds (read once per view): the action filter's choices. */
    public List<String> getActions() {
        if (actions == null) {
            actions = audit.actions();
        }
        return actions;
    }

    public List<String> getSubjectTypes() {
        if (subjectTypes == null) {
            subjectTypes = audit.subjectTypes();
        }
        return subjectTypes;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public void setSubjectKey(String subjectKey) {
        this.subjectKey = subjectKey;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
