/**
 * Pages about staff: the directory (filtered, sorted, counted and paged by the database), a
 * person's career with its timeline, and "my rotations" for the signed-in staff member.
 *
 * <p>Decision: the career timeline is drawn with CSS from dates placed on the server, with the
 * same entries as an ordered list for screen readers, rather than a script-driven chart.
 */
package org.pmorotations.web.staff;
