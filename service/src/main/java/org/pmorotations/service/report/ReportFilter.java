package org.pmorotations.service.report;

import org.pmorotations.domain.pmo.PmoTier;

import java.util.Locale;

/**
 * What a report is restricted to; each part is optional (null for all).
 *
 * @param tier       the PMOs of one tier
 * @param pmoCode    one PMO
 * @param department the staff of one home department (the PMO has none: it is the person's)
 */
public record ReportFilter(PmoTier tier, String pmoCode, String department) {

    public static final ReportFilter NONE = new ReportFilter(null, null, null);

    public ReportFilter {
        pmoCode = pmoCode == null || pmoCode.isBlank() ? null : pmoCode.strip().toUpperCase(Locale.ROOT);
        department = department == null || department.isBlank() ? null : department.strip();
    }
}
