/**
 * Calendar feeds: a secret link to the rotation dates of one person or one PMO, which a calendar
 * application subscribes to without signing in. Keeps: only the SHA-256 of the secret is stored;
 * a revoked link stays revoked.
 */
package org.pmorotations.domain.calendar;
