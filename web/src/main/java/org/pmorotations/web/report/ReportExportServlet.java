package org.pmorotations.web.report;

import org.pmorotations.service.report.ReportFilter;
import org.pmorotations.service.report.ReportService;
import org.pmorotations.service.report.ReportSummary;
import org.pmorotations.service.report.RiskLists;

import org.pmorotations.web.shared.JsonBuilders;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pmorotations.domain.pmo.PmoTier;
import org.pmorotations.domain.security.Role;
import org.pmorotations.web.shared.TableExport;
import org.pmorotations.web.shared.Texts;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Downloads of the reports, for the filters of the page they are linked from
 * ({@code ?asOf=&tier=&pmo=&department=}, as the dashboard's address and the API take them):
 * <ul>
 *   <li>{@code /reports/export/summary.csv}, {@code .xlsx}, {@code .pdf}: the dashboard's figures
 *       ({@link SummaryExport}, from the one {@link ReportService#summary} the page shows);</li>
 *   <li>{@code /reports/export/at-risk.csv}, {@code .xlsx}: the three lists of the at-risk page.</li>
 * </ul>
 * ADMIN, PMO_MANAGER and LEADER: web.xml guards {@code /reports/*}, this servlet checks the role
 * again and the service refuses everyone else too. A malformed filter is a 400 naming it
 * ({@code application/problem+json}, like the API); an unknown file is a 404.
 */
@WebServlet(name = "report-export", urlPatterns = "/reports/export/*")
public class ReportExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String PDF = "application/pdf";

    @Inject
    ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.isUserInRole(Role.ADMIN_NAME) || request.isUserInRole(Role.PMO_MANAGER_NAME)
                || request.isUserInRole(Role.LEADER_NAME))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int dot = path.lastIndexOf('.');
        String what = dot < 0 ? path : path.substring(0, dot);
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        Optional<TableExport.Format> table = TableExport.Format.ofExtension(extension);
        boolean summary = what.equals("/summary") && (table.isPresent() || extension.equals("pdf"));
        boolean risks = what.equals("/at-risk") && table.isPresent();
        if (!summary && !risks) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        LocalDate asOf;
        ReportFilter filter;
        try {
            asOf = date("asOf", request.getParameter("asOf"));
            filter = new ReportFilter(tier(request.getParameter("tier")), limited("pmo", request.getParameter("pmo")),
                    limited("department", request.getParameter("department")));
        } catch (BadParameter bad) {
            badRequest(response, bad);
            return;
        }

        Texts texts = new Texts(Locale.ENGLISH);
        try {
            if (summary) {
                ReportSummary figures = reports.summary(asOf, filter);
                SummaryExport export = new SummaryExport(figures, texts);
                if (table.isPresent()) {
                    try (OutputStream out = start(response, table.get().contentType(),
                            TableExport.fileName("summary", figures.asOf(), extension))) {
                        export.writeTable(table.get(), out);
                    }
                } else {
                    try (OutputStream out = start(response, PDF, TableExport.fileName("summary", figures.asOf(), extension))) {
                        export.writePdf(out);
                    }
                }
            } else {
                RiskLists lists = reports.risks(asOf, filter, ReportService.MAX_EXPORT_ROWS);
                try (OutputStream out = start(response, table.get().contentType(),
                        TableExport.fileName("at-risk", lists.asOf(), extension))) {
                    RiskListExport.write(lists, texts, table.get(), out);
                }
            }
        } catch (EJBAccessException refused) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }

    private static OutputStream start(HttpServletResponse response, String contentType, String fileName) throws IOException {
        response.setContentType(contentType);
        // The figures are the organisation's: kept by no shared cache, nor by the browser's.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return response.getOutputStream();
    }

    /** A filter the download cannot be made with: the parameter and what is wrong with it. */
    static final class BadParameter extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;

        BadParameter(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    static LocalDate date(String name, String text) throws BadParameter {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            throw new BadParameter(name, name + " is a date written 2027-03-01, not \"" + text + "\".");
        }
    }

    static PmoTier tier(String text) throws BadParameter {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PmoTier.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadParameter("tier", "tier is one of " + List.of(PmoTier.values()) + ", not \"" + text + "\".");
        }
    }

    /** A code or a department name: a text of reasonable length (the database's columns are shorter). */
    static String limited(String name, String text) throws BadParameter {
        if (text != null && text.length() > 200) {
            throw new BadParameter(name, name + " has at most 200 characters.");
        }
        return text;
    }

    /** 400 as the API writes it: a problem document whose violation names the parameter. */
    private static void badRequest(HttpServletResponse response, BadParameter bad) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JsonBuilders.object()
                .add("type", "about:blank")
                .add("title", "Bad Request")
                .add("status", 400)
                .add("detail", bad.getMessage())
                .add("violations", JsonBuilders.array().add(JsonBuilders.object()
                        .add("field", bad.field).add("message", bad.getMessage())))
                .build().toString());
    }
}
