/**
 * Project staff on the career ladder. Keeps: the employee number is the business key (unique,
 * upper case); the career level is dated history, never overwritten, so that the level on any
 * day and promotions after a rotation can be answered.
 */
package org.pmorotations.domain.staff;
