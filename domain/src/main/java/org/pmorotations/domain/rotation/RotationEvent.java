package org.pmorotations.domain.rotation;

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

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One entry of a rotation's history: who, when (UTC), what, from which state and end date to
 * which, and why. Written only by {@link Rotation}; never changed afterwards.
 */
@Entity
@Table(name = "rotation_event")
public class RotationEvent extends BaseEntity {

    public static final int ACTOR_MAX = 100;
    public static final int REASON_MAX = Change.REASON_MAX;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rotation_id", nullable = false)
    private Rotation rotation;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime at;

    @Column(name = "actor", nullable = false, length = ACTOR_MAX)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private RotationEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private RotationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private RotationStatus toStatus;

    @Column(name = "from_end")
    private LocalDate fromEnd;

    @Column(name = "to_end", nullable = false)
    private LocalDate toEnd;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    protected RotationEvent() {
        // for JPA
    }

    RotationEvent(Rotation rotation, RotationEventKind kind, Change change,
                  RotationStatus fromStatus, RotationStatus toStatus, LocalDate fromEnd, LocalDate toEnd) {
        this.rotation = rotation;
        this.kind = kind;
        this.at = change.at();
        this.actor = truncate(change.actor(), ACTOR_MAX);
        this.reason = change.reason();
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.fromEnd = fromEnd;
        this.toEnd = toEnd;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Rotation getRotation() {
        return rotation;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public RotationEventKind getKind() {
        return kind;
    }

    public RotationStatus getFromStatus() {
        return fromStatus;
    }

    public RotationStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getFromEnd() {
        return fromEnd;
    }

    public LocalDate getToEnd() {
        return toEnd;
    }

    public String getReason() {
        return reason;
    }
}
