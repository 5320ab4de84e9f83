/**
 * The reports' pages: the leaders' dashboard (figures, charts, filters) and the at-risk list
 * behind its tile. ADMIN, PMO_MANAGER and LEADER (web.xml and the service say so); every figure
 * comes from the database through {@link org.pmorotations.service.report.ReportService}.
 *
 * <p>The downloads ({@link org.pmorotations.web.report.ReportExportServlet}, {@code /reports/export/*})
 * render the same summary and lists the pages show, without a second computation: CSV and Excel
 * as one tidy table, and a one-page PDF ({@link org.pmorotations.web.report.SummaryExport}).
 */
package org.pmorotations.web.report;
