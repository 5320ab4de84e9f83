package org.pmorotations.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of the audit log: who did what, when (UTC), to which subject, with the values before
 * and after. Written once, never changed. Passwords and hashes never appear in it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

    public static final int VALUE_MAX = 4000;
    public static final int ACTOR_MAX = 100;
    public static final int KEY_MAX = 100;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Column(name = "actor", nullable = false, length = ACTOR_MAX)
    private String actor;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_key", length = KEY_MAX)
    private String subjectKey;

    @Column(name = "before_value", length = VALUE_MAX)
    private String before;

    @Column(name = "after_value", length = VALUE_MAX)
    private String after;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(LocalDateTime at, String actor, String action, String subjectType, String subjectKey,
                      String before, String after) {
        this.at = Objects.requireNonNull(at);
        this.actor = clip(Objects.requireNonNull(actor), ACTOR_MAX);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectKey = subjectKey == null ? null : clip(subjectKey, KEY_MAX);
        this.before = before == null ? null : clip(before, VALUE_MAX);
        this.after = after == null ? null : clip(after, VALUE_MAX);
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
