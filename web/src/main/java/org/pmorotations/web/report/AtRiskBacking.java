package org.pmorotations.web.report;

import org.pmorotations.service.report.ReportService;
import org.pmorotations.service.report.RiskLists;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * reports/at-risk.xhtml: the rotations that need a PMO manager's action as of a day, each with
 * the action to take: ending soon without a return placement, past 24 months in a PMO, overdue.
 * Three queries, whatever the number of rows (each list stops at {@link ReportService#MAX_RISK_ROWS}).
 */
@Named
@ViewScoped
public class AtRiskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    private final ReportFilters filters = new ReportFilters();
    private transient RiskLists lists;

    public void load() {
        lists = reports.risks(filters.day(), filters.filter());
    }

    public ReportFilters getFilters() {
        return filters;
    }

    public RiskLists getLists() {
        if (lists == null) {
            load();
        }
        return lists;
    }

    /** The filters of the lists shown, for the download links. */
    public String getExportQuery() {
        return ReportFilters.query(getLists().asOf(), filters.filter());
    }

    public int getMaxRows() {
        return ReportService.MAX_RISK_ROWS;
    }
}
