package org.pmorotations.web.report;

import org.pmorotations.service.report.ReportFilter;

import org.pmorotations.domain.pmo.PmoTier;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The filters the report pages share (as of, tier, PMO, department), read from the URL and kept
 * by the view, so a filtered dashboard links to the same filtered list.
 */
public class ReportFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate asOf;
    private PmoTier tier;
    private String pmo;
    private String department;

    public ReportFilter filter() {
        return new ReportFilter(tier, pmo, department);
    }

    /** The day chosen, or null for today (the services' clock decides which day that is). */
    public LocalDate day() {
        return asOf;
    }

    /** The day chosen, or {@code today} when none was. */
    public LocalDate dayOr(LocalDate today) {
        return asOf == null ? today : asOf;
    }

    /**
     * The address parameters of the figures shown (their day and filter), as the downloads under
     * {@code /reports/export/} take them, so a download holds what the page shows.
     */
    public static String query(LocalDate day, ReportFilter filter) {
        StringBuilder query = new StringBuilder("asOf=").append(day);
        if (filter.tier() != null) {
            query.append("&tier=").append(filter.tier().name());
        }
        if (filter.pmoCode() != null) {
            query.append("&pmo=").append(URLEncoder.encode(filter.pmoCode(), StandardCharsets.UTF_8));
        }
        if (filter.department() != null) {
            query.append("&department=").append(URLEncoder.encode(filter.department(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public List<PmoTier> getTiers() {
        return List.of(PmoTier.values());
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public PmoTier getTier() {
        return tier;
    }

    public void setTier(PmoTier tier) {
        this.tier = tier;
    }

    public String getPmo() {
        return pmo;
    }

    public void setPmo(String pmo) {
        this.pmo = pmo;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }
}
