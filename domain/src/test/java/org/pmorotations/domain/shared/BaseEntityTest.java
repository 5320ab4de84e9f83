package org.pmorotations.domain.shared;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaseEntityTest {

    static class Thing extends BaseEntity {
    }

    static class SpecialThing extends Thing {
    }

    static class Other extends BaseEntity {
    }

    /** Stands in for the id the persistence provider assigns. */
    private static <T extends BaseEntity> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }

    @Test
    void newEntityHasNoIdAndEqualsOnlyItself() {
        Thing thing = new Thing();

        assertTrue(thing.isNew());
        assertNull(thing.getId());
        assertEquals(thing, thing);
        assertNotEquals(new Thing(), thing);
        assertNotEquals(thing, new Thing());
    }

    @Test
    void persistentEntitiesAreEqualById() throws ReflectiveOperationException {
        Thing one = withId(new Thing(), 7);
        Thing same = withId(new Thing(), 7);
        Thing other = withId(new Thing(), 8);

        assertFalse(one.isNew());
        assertEquals(one, same);
        assertEquals(same, one);
        assertNotEquals(one, other);
        assertNotEquals(one, new Thing());
        assertNotEquals(new Thing(), one);
    }

    @Test
    void entitiesOfUnrelatedClassesWithTheSameIdDiffer() throws ReflectiveOperationException {
        assertNotEquals(withId(new Thing(), 7), withId(new Other(), 7));
    }

    @Test
    void subclassInstanceWithTheSameIdIsTheSameEntity() throws ReflectiveOperationException {
        // a lazy-loading proxy is a subclass of the entity class
        assertEquals(withId(new Thing(), 7), withId(new SpecialThing(), 7));
        assertEquals(withId(new SpecialThing(), 7), withId(new Thing(), 7));
    }
    @Test
    void equalEntitiesOfAHierarchyHaveEqualHashCodes() throws ReflectiveOperationException {
        Thing thing = withId(new Thing(), 7);
        SpecialThing special = withId(new SpecialThing(), 7);

        assertEquals(thing, special);
        assertEquals(thing.hashCode(), special.hashCode());
    }

    @Test
    void hashCodeDoesNotChangeWhenTheIdIsAssigned() throws ReflectiveOperationException {
        Thing thing = new Thing();
        int before = thing.hashCode();

        withId(thing, 42);

        assertEquals(before, thing.hashCode());
        assertEquals(new Thing().hashCode(), thing.hashCode());
    }

    @Test
    void toStringNamesClassAndId() throws ReflectiveOperationException {
        assertEquals("Thing#null", new Thing().toString());
        assertEquals("Thing#5", withId(new Thing(), 5).toString());
    }
}
