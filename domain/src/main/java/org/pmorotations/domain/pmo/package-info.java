/**
 * Project management offices: tier (program, department, enterprise), seats per PMO role and
 * the period in which the PMO is open. Keeps: seats are never negative; a PMO closes no earlier
 * than it opens.
 */
package org.pmorotations.domain.pmo;
