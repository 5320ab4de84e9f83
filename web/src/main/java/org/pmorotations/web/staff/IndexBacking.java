package org.pmorotations.web.staff;

import org.pmorotations.domain.staff.CareerLevel;
import org.pmorotations.service.staff.DirectoryQuery;
import org.pmorotations.service.staff.DirectoryRow;
import org.pmorotations.service.staff.StaffService;

import java.time.Clock;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.web.shared.TableExport;
import org.pmorotations.web.shared.Texts;
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
    /** Rows the downloads read at a time: the most a directory query gives. */
    static final int EXPORT_PAGE = 200;

    @Inject
    StaffService staffService;

    @Inject
    Clock clock;

    private String q;
    private CareerLevel level;
    private String department;
    /** From the address only (the dashboard's participation chart links here): who has rotated, or not. */
    private Boolean rotated;
    private int size = 25;
    private List<String> departments;
    /** The day the view was opened: its months since a rotation and its download are of that day. */
    private LocalDate today;
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

    /** Everyone who matches the filters, in the table's current order, as CSV. */
    public void exportCsv() throws IOException {
        export(TableExport.Format.CSV);
    }

    /** The same as an Excel workbook. */
    public void exportXlsx() throws IOException {
        export(TableExport.Format.XLSX);
    }

    /**
     * Writes every matching row, not only the page shown, read from the database a page of
     * {@value #EXPORT_PAGE} at a time and written at once, so memory stays bounded whatever the
     * number of staff. The cells are the texts the table shows.
     */
    private void export(TableExport.Format format) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, SortMeta> sort = null;
        if (faces.getViewRoot().findComponent("directoryForm:directory") instanceof DataTable table) {
            sort = table.getActiveSortMeta();
        }
        Texts texts = new Texts(faces.getViewRoot().getLocale());
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.contentType());
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("Content-Disposition",
                "attachment; filename=\"" + TableExport.fileName("staff", getToday(), format.extension()) + "\"");
        List<String> headers = List.of(texts.get("directory.name"), texts.get("directory.employeeNumber"),
                texts.get("directory.level"), texts.get("directory.department"), texts.get("directory.position"),
                texts.get("directory.monthsSince"));
        try (TableExport table = TableExport.open(format, external.getResponseOutputStream(), texts.get("export.sheet.directory"), headers)) {
            for (int first = 0; ; first += EXPORT_PAGE) {
                List<DirectoryRow> rows = staffService.directory(query(first, EXPORT_PAGE, sort));
                for (DirectoryRow row : rows) {
                    table.row(cells(row, texts, getToday()));
                }
                if (rows.size() < EXPORT_PAGE) {
                    break;
                }
            }
        }
        faces.responseComplete();
    }

    /** One person's row as the table shows it. */
    static Object[] cells(DirectoryRow row, Texts texts, LocalDate today) {
        String position;
        if (row.position() == null) {
            position = texts.get("directory.position.none");
        } else {
            String role = row.position().kind() == DirectoryRow.Position.Kind.PMO
                    ? texts.get("directory.pmoRole." + row.position().role())
                    : texts.get("level." + row.position().role());
            position = texts.get("directory.position." + row.position().kind(), role, row.position().place());
        }
        Object months = row.neverRotated() ? texts.get("directory.never")
                : row.rotatingOn(today) ? texts.get("directory.inPmoNow") : row.monthsSinceRotation(today);
        return new Object[]{row.fullName(), row.employeeNumber(), texts.get("level." + row.level()), row.department(),
                position, months};
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
        if (today == null) {
            today = LocalDate.now(clock);
        }
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
