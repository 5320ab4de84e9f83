/**
 * Reports: the figures leaders and PMO managers read to see whether the rotation program works
 * (DESIGN.md "Reports").
 *
 * <p>Every figure is computed by the database with aggregate SQL ({@link org.pmorotations.report.ReportQueries}),
 * never by loading rotations into memory, so the cost does not grow with the history kept in
 * memory: a summary is a fixed number of statements whatever the number of staff and rotations.
 * The SQL is portable between H2 2.x and PostgreSQL 15 (medians and percentiles with
 * {@code PERCENTILE_CONT ... WITHIN GROUP}, day counts with {@code CAST(date - date AS INTEGER)},
 * month windows with {@code INTERVAL 'n' MONTH}) and is tested on both without the server.
 */
package org.pmorotations.report;
