package org.pmorotations.service.security;

import java.time.LocalDate;

/**
 * What to look for in the audit log; every part is optional. {@code actor} and
 * {@code subjectKey} match case-insensitively anywhere in the value.
 */
public record AuditFilter(String actor, String action, String subjectType, String subjectKey, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
