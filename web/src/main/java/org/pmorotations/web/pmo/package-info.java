/**
 * Pages of the PMOs: the list with the seats taken today (two queries whatever the number of
 * PMOs) and the form that creates or edits one on the version it read.
 */
package org.pmorotations.web.pmo;
