/**
 * The reports' pages: the leaders' dashboard (figures, charts, filters) and the at-risk list
 * behind its tile. ADMIN, PMO_MANAGER and LEADER (web.xml and the service say so); every figure
 * comes from the database through {@link org.pmorotations.report.ReportService}.
 */
package org.pmorotations.report;
