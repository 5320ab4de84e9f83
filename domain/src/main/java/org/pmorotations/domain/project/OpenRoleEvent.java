package org.pmorotations.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.Change;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One entry of an open role's history: who, when (UTC), what, and the details or the reason.
 * Written only by {@link OpenRole}; never changed afterwards.
 */
@Entity
@Table(name = "open_role_event")
public class OpenRoleEvent extends BaseEntity {

    public static final int ACTOR_MAX = 100;
    public static final int DETAIL_MAX = Change.REASON_MAX + 400;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "open_role_id", nullable = false)
    private OpenRole openRole;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Column(name = "actor", nullable = false, length = ACTOR_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private OpenRoleEventKind kind;

    /** What the role was made or changed to, or whom it was filled by. */
    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    @Column(name = "reason", length = Change.REASON_MAX)
    private String reason;

    protected OpenRoleEvent() {
        // for JPA
    }

    OpenRoleEvent(OpenRole openRole, OpenRoleEventKind kind, Change change, String detail) {
        this.openRole = Objects.requireNonNull(openRole);
        this.kind = Objects.requireNonNull(kind);
        this.actor = change.actor();
        this.at = change.at();
        this.reason = change.reason();
        this.detail = detail;
    }

    public OpenRole getOpenRole() {
        return openRole;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public OpenRoleEventKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public String getReason() {
        return reason;
    }
}
