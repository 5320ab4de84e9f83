package org.pmorotations.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
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
 * Backs {@code staff/index.xhtml}: the staff directory. The database filters, sorts, counts and
 * pages ({@link StaffService#directory}); the table asks for one page at a time. The filters can
 * come from the address ({@code ?q=&level=&department=&rotated=&size=}), so a search can be bookmarked.
 */
@Named("staffIndex")
@ViewScoped
public class IndexBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final List<Integer> PAGE_SIZES = List.of(10, 25, 50, 100);

    @Inject
    StaffService staffService;

    private String q;
    private CareerLevel level;
    private String department;
    /** From the address only (the dashboard's participation chart links here): who has rotated, or not. */
    private Boolean rotated;
    private int size = 25;
    private List<String> departments;
    private final LocalDate today = LocalDate.now();
    private final Directory directory = new Directory();

    /** Checks the role before anything renders: a STAFF user gets the 403 page, not an empty table. */
    public void load() throws IOException {
        if (!PAGE_SIZES.contains(size)) {
            size = 25;
        }
        try {
            departments = staffService.departments();
        } catch (EJBAccessException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        }
    }

    /** The filters changed: the table starts again on its first page; the model reads the filters when it loads. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("directoryForm:directory");
        if (table instanceof DataTable directoryTable) {
            directoryTable.setFirst(0);
        }
    }

    public LazyDataModel<DirectoryRow> getDirectory() {
        return directory;
    }

    private DirectoryQuery query(int first, int pageSize, Map<String, SortMeta> sortBy) {
        DirectoryQuery.Sort sort = DirectoryQuery.Sort.NAME;
        boolean descending = false;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta meta = sortBy.values().iterator().next();
            sort = switch (meta.getField()) {
                case "employeeNumber" -> DirectoryQuery.Sort.EMPLOYEE_NUMBER;
                case "level" -> DirectoryQuery.Sort.LEVEL;
                case "department" -> DirectoryQuery.Sort.DEPARTMENT;
                case "monthsSinceRotation" -> DirectoryQuery.Sort.MONTHS_SINCE_ROTATION;
                default -> DirectoryQuery.Sort.NAME;
            };
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        return new DirectoryQuery(q, level, department, rotated, sort, descending, first, pageSize);
    }

    /** The table's data: one count and one page per request, each from the database. */
    private final class Directory extends LazyDataModel<DirectoryRow> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) staffService.directoryCount(query(0, 1, null));
        }

        @Override
        public List<DirectoryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return staffService.directory(query(first, pageSize, sortBy));
        }

        @Override
        public String getRowKey(DirectoryRow row) {
            return row.employeeNumber();
        }

        @Override
        public DirectoryRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> row.employeeNumber().equals(rowKey)).findFirst().orElse(null);
        }
    }

    public List<CareerLevel> getLevels() {
        return List.of(CareerLevel.values());
    }

    public List<String> getDepartments() {
        return departments;
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public LocalDate getToday() {
        return today;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public CareerLevel getLevel() {
        return level;
    }

    public void setLevel(CareerLevel level) {
        this.level = level;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Boolean getRotated() {
        return rotated;
    }

    public void setRotated(Boolean rotated) {
        this.rotated = rotated;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
