package org.pmorotations.web.report;

import org.pmorotations.service.report.Bench;
import org.pmorotations.service.report.ReportService;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pmorotations.web.security.CurrentUser;
import org.pmorotations.domain.staff.CareerLevel;

import java.io.Serializable;
import java.util.List;

/**
 * reports/bench.xhtml: each open seat of the next four quarters with the staff eligible for it by
 * career level ({@link ReportService#bench}: four statements whatever the number of staff), and for
 * those who plan rotations a link to the planning form filled in for the seat.
 */
@Named
@ViewScoped
public class BenchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser user;

    private final ReportFilters filters = new ReportFilters();
    private transient Bench bench;

    public void load() {
        bench = reports.bench(filters.day(), filters.filter());
    }

    public ReportFilters getFilters() {
        return filters;
    }

    /** Loaded by the view action; also when a malformed URL parameter kept it from running. */
    public Bench getBench() {
        if (bench == null) {
            load();
        }
        return bench;
    }

    public List<CareerLevel> getLevels() {
        return List.of(CareerLevel.values());
    }

    /** Planning a rotation is for ADMIN and PMO_MANAGER; leaders read the bench only. */
    public boolean isPlanning() {
        return user.isAdmin() || user.isPmoManager();
    }
}
