/**
 * User accounts, their roles, and the audit log. Keeps: passwords only as hashes; a STAFF
 * account is linked to the staff member whose history it reads; repeated failed sign-ins lock
 * an account for a few minutes.
 */
package org.pmorotations.domain.security;
