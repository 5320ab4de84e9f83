package org.pmorotations.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking shared by every entity.
 *
 * <p>Ids come from one database sequence allocated in blocks of 50, so that bulk writes
 * (imports, the demo and benchmark data) can be batched; an identity column would force
 * one round trip per row. {@code equals} is by id once the entity is persistent, and
 * {@code hashCode} is constant per class so an entity keeps its bucket when it is persisted.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof BaseEntity that) || id == null) {
            return false;
        }
        return id.equals(that.id) && sameHierarchy(that);
    }

    private boolean sameHierarchy(BaseEntity that) {
        return getClass().isAssignableFrom(that.getClass()) || that.getClass().isAssignableFrom(getClass());
    }

    @Override
    public final int hashCode() {
        return getClass().getName().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
