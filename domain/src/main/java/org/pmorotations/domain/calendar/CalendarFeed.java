package org.pmorotations.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.pmorotations.domain.shared.BaseEntity;
import org.pmorotations.domain.shared.InvalidValueException;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret link to an iCalendar feed of rotation dates, for one person or one PMO. Keeps: only
 * the SHA-256 of the secret is stored; a revoked link stays revoked.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQueries({
        @NamedQuery(name = CalendarFeed.FIND_BY_TOKEN_HASH,
                query = "select f from CalendarFeed f where f.tokenHash = :tokenHash"),
        @NamedQuery(name = CalendarFeed.FIND_BY_OWNER,
                query = "select f from CalendarFeed f where f.owner = :owner order by f.createdAt desc, f.id desc")
})
public class CalendarFeed extends BaseEntity {

    public static final String FIND_BY_TOKEN_HASH = "CalendarFeed.findByTokenHash";
    public static final String FIND_BY_OWNER = "CalendarFeed.findByOwner";

    /** Whose dates the feed carries. */
    public enum Kind {
        /** One person's rotations: starts, ends and return dates. */
        PERSON,
        /** Every rotation of one PMO. */
        PMO
    }

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private Kind kind;

    @Column(name = "subject", nullable = false, length = 40)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected CalendarFeed() {
        // for JPA
    }

    public CalendarFeed(String tokenHash, String owner, Kind kind, String subject, LocalDateTime createdAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "A feed needs the hash of its secret");
        this.owner = Objects.requireNonNull(owner, "A feed needs its owner");
        this.kind = Objects.requireNonNull(kind, "A feed needs its kind");
        this.subject = Objects.requireNonNull(subject, "A feed needs its subject");
        this.createdAt = Objects.requireNonNull(createdAt, "A feed needs its creation time");
    }

    /** From {@code at} on the link gives nothing. */
    public void revoke(LocalDateTime at) {
        if (revokedAt != null) {
            throw new InvalidValueException("feed", "This calendar link was revoked already on " + revokedAt.toLocalDate() + ".");
        }
        this.revokedAt = Objects.requireNonNull(at, "A revocation needs its time");
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getOwner() {
        return owner;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public Optional<LocalDateTime> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
