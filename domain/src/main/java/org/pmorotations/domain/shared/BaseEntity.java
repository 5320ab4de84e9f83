package org.pmorotations.domain.shared;

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
 * one round trip per row. {@code equals} is by id once the entity is persistent, across a
 * class and its subclasses (a lazy-loading proxy is a subclass).
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

    /**
     * An edit must be made on the version it was read at: a missing one is a
     * {@link VersionRequiredException}, a stale one is
     * a {@link StaleVersionException}, so that nobody's change is silently overwritten.
     *
     * @param what how the user names this entity, e.g. the person's name
     */
    public void requireVersion(Long read, String what) {
        if (read == null) {
            throw new VersionRequiredException();
        }
        if (read != version) {
            throw new StaleVersionException("Someone changed " + what + " since you read it (version "
                    + read + ", now " + version + "). Read it again and redo your change.");
        }
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

    /**
     * Constant per entity hierarchy (the class just below this one), so an entity keeps its hash
     * when its id is assigned and a subclass instance (a proxy) hashes as the entity it stands for.
     */
    @Override
    public final int hashCode() {
        Class<?> root = getClass();
        while (root.getSuperclass() != BaseEntity.class && root.getSuperclass() != Object.class) {
            root = root.getSuperclass();
        }
        return root.getName().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
