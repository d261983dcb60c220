package uk.gov.dynamicframework.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

/**
 * Loads an entity with its row locked for the rest of the transaction: {@code FOR SHARE} for
 * {@code PESSIMISTIC_READ}, {@code FOR UPDATE} otherwise. The lock is taken by a plain statement on the entity's own
 * row, then the entity is loaded as usual. Use it instead of {@code findById(id, LockModeType...)} on an entity with
 * eager element collections: Hibernate 7's follow-on locking of such an entity fails under concurrent requests (a
 * NullPointerException in {@code TableLock.applyLoadedState}, seen as intermittent 500s).
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** The entity (mapped with {@code @Table} and an {@code id} column), or null if there is no such row. */
    public static <T> T find(Class<T> entity, Object id, LockModeType mode) {
        String table = entity.getAnnotation(Table.class).name();
        String lock = mode == LockModeType.PESSIMISTIC_READ ? "for share" : "for update";
        var em = Panache.getEntityManager(entity);
        boolean exists = !em.createNativeQuery("select 1 from " + table + " where id = :id " + lock)
                .setParameter("id", id).getResultList().isEmpty();
        return exists ? em.find(entity, id) : null;
    }
}
