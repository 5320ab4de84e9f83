package org.pmorotations.web.rotation;

import org.pmorotations.domain.rotation.RotationStatus;

import java.time.Clock;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.web.report.ReportFilters;
import org.pmorotations.service.report.ReportChoices;
import org.pmorotations.service.report.ReportService;
import org.pmorotations.service.report.RotationListQuery;
import org.pmorotations.service.report.RotationListRow;
import org.pmorotations.domain.shared.Refusal;
import org.pmorotations.web.shared.FormMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code rotations/index.xhtml}: the rotations behind a figure of the dashboard, filtered by
 * the address ({@code ?asOf=&tier=&pmo=&department=&status=&person=&flag=&activeOn=&startedFrom=&startedTo=
 * &completedFrom=&completedTo=&returnedFrom=&returnedTo=&returnMonths=}) with the definitions the
 * figures count with ({@link org.pmorotations.service.report.ReportQueries}). The database counts, sorts and
 * pages: two statements a page, whatever the number of rows shown. ADMIN, PMO_MANAGER and LEADER
 * (web.xml, and the service refuses anyone else).
 */
@Named("rotationIndex")
@ViewScoped
public class IndexBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    @Inject
    ReportService reports;

    @Inject
    Clock clock;

    private final ReportFilters filters = new ReportFilters();
    private RotationStatus status;
    private String person;
    private RotationListQuery.Flag flag;
    private LocalDate activeOn;
    private LocalDate startedFrom;
    private LocalDate startedTo;
    private LocalDate completedFrom;
    private LocalDate completedTo;
    private LocalDate returnedFrom;
    private LocalDate returnedTo;
    private int returnMonths;
    private int size = 25;
    private final Rotations rotations = new Rotations();
    private transient ReportChoices choices;

    /** Checks the role before anything renders: a STAFF user gets the 403 page, not an empty table. */
    public void load() throws IOException {
        if (!PAGE_SIZES.contains(size)) {
            size = 25;
        }
        try {
            choices = reports.choices();
        } catch (EJBAccessException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
            return;
        }
        try {
            query(0, 1, null).check();
        } catch (Refusal problem) {
            // Said above the list before it is drawn; the table then finds nothing.
            FormMessages.reject(problem, Map.of());
        }
    }

    private RotationListQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        RotationListQuery.Sort sort = returnedFrom != null || returnedTo != null
                ? RotationListQuery.Sort.DAYS_TO_REINTEGRATE : RotationListQuery.Sort.START;
        boolean descending = sort == RotationListQuery.Sort.DAYS_TO_REINTEGRATE;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = switch (meta.getField()) {
                case "end" -> RotationListQuery.Sort.END;
                case "person" -> RotationListQuery.Sort.PERSON;
                case "pmo" -> RotationListQuery.Sort.PMO;
                case "tier" -> RotationListQuery.Sort.TIER;
                case "role" -> RotationListQuery.Sort.ROLE;
                case "status" -> RotationListQuery.Sort.STATUS;
                case "days" -> RotationListQuery.Sort.DAYS_TO_REINTEGRATE;
                default -> RotationListQuery.Sort.START;
            };
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        return new RotationListQuery(getDay(), filters.filter(), status, person, flag, activeOn, startedFrom, startedTo,
                completedFrom, completedTo, returnedFrom, returnedTo, returnMonths, sort, descending, first, pageSize);
    }

    /** The day of the list: the one chosen, or today. */
    public LocalDate getDay() {
        return filters.dayOr(LocalDate.now(clock));
    }

    /** The table's data: one count and one page per request, each from the database. */
    private final class Rotations extends LazyDataModel<RotationListRow> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) reports.rotationCount(query(0, 1, null));
            } catch (Refusal problem) {
                return 0;
            }
        }

        @Override
        public List<RotationListRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            try {
                return reports.rotationRows(query(first, pageSize, sortBy));
            } catch (Refusal problem) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(RotationListRow row) {
            return Long.toString(row.id());
        }

        @Override
        public RotationListRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<RotationListRow> getRotations() {
        return rotations;
    }

    /** Whether the list shows returns, so the return and the days to reintegrate are worth a column. */
    public boolean isReturns() {
        return returnedFrom != null || returnedTo != null;
    }

    public ReportFilters getFilters() {
        return filters;
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public RotationStatus getStatus() {
        return status;
    }

    public void setStatus(RotationStatus status) {
        this.status = status;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public RotationListQuery.Flag getFlag() {
        return flag;
    }

    public void setFlag(RotationListQuery.Flag flag) {
        this.flag = flag;
    }

    /** The states and flags offered by the filter controls, in their declared order. */
    public RotationStatus[] getStatuses() {
        return RotationStatus.values();
    }

    public RotationListQuery.Flag[] getFlags() {
        return RotationListQuery.Flag.values();
    }

    /** The PMOs' codes and the departments offered by the filter controls. */
    public ReportChoices getChoices() {
        if (choices == null) {
            choices = reports.choices();
        }
        return choices;
    }

    /** Whether any filter beyond the day is set, so that "show every rotation" is worth a link. */
    public boolean isFiltered() {
        return filters.getTier() != null || filters.getPmo() != null || filters.getDepartment() != null || status != null
                || person != null && !person.isBlank() || flag != null || activeOn != null || startedFrom != null
                || startedTo != null || completedFrom != null || completedTo != null || isReturns();
    }

    public LocalDate getActiveOn() {
        return activeOn;
    }

    public void setActiveOn(LocalDate activeOn) {
        this.activeOn = activeOn;
    }

    public LocalDate getStartedFrom() {
        return startedFrom;
    }

    public void setStartedFrom(LocalDate startedFrom) {
        this.startedFrom = startedFrom;
    }

    public LocalDate getStartedTo() {
        return startedTo;
    }

    public void setStartedTo(LocalDate startedTo) {
        this.startedTo = startedTo;
    }

    public LocalDate getCompletedFrom() {
        return completedFrom;
    }

    public void setCompletedFrom(LocalDate completedFrom) {
        this.completedFrom = completedFrom;
    }

    public LocalDate getCompletedTo() {
        return completedTo;
    }

    public void setCompletedTo(LocalDate completedTo) {
        this.completedTo = completedTo;
    }

    public LocalDate getReturnedFrom() {
        return returnedFrom;
    }

    public void setReturnedFrom(LocalDate returnedFrom) {
        this.returnedFrom = returnedFrom;
    }

    public LocalDate getReturnedTo() {
        return returnedTo;
    }

    public void setReturnedTo(LocalDate returnedTo) {
        this.returnedTo = returnedTo;
    }

    public int getReturnMonths() {
        return returnMonths;
    }

    public void setReturnMonths(int returnMonths) {
        this.returnMonths = returnMonths;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
