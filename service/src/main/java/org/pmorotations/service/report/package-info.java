/**
 * Reports: the figures leaders and PMO managers read to see whether the rotation program works
 * (DESIGN.md "Reports").
 *
 * <p>Every figure is computed by the database with aggregate SQL ({@link org.pmorotations.service.report.ReportQueries}),
 * never by loading rotations into memory, so the cost does not grow with the history kept in
 * memory: a summary is a fixed number of statements whatever the number of staff and rotations.
 * The SQL is portable between H2 2.x and PostgreSQL 15 (medians and percentiles with
 * {@code PERCENTILE_CONT ... WITHIN GROUP}, day counts with {@code CAST(date - date AS INTEGER)},
 * month windows with {@code INTERVAL 'n' MONTH}) and is tested on both without the server.
 *
 * <p>The summary and the bench are kept per day, filter and policy ({@link org.pmorotations.service.report.ReportCache})
 * and handed out again while a {@link org.pmorotations.service.report.DataFingerprint} of the tables they
 * read, read from the database on every request, is unchanged: a repeat view costs one statement,
 * the first view after a change the whole computation. Checked against the database, not
 * invalidated in memory, so it stays right with several instances on one database.
 */
package org.pmorotations.service.report;
