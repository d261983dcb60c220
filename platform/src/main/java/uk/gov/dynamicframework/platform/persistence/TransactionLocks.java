package uk.gov.dynamicframework.platform.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * PostgreSQL advisory locks named by text and held until the current transaction ends: for what has no row of its
 * own to lock (a lead provider's flags, an organisation's place in a read model). Waits for the lock; take several in
 * one order everywhere, so two transactions never wait for each other.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Waits until no other transaction holds {@code name}, then holds it until this transaction ends. */
    public static void exclusive(String name) {
        Panache.getEntityManager().createNativeQuery(
                "select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, name).getSingleResult();
    }

    /**
     * Waits until no other transaction holds {@code name} exclusively, then holds it shared (with other sharers)
     * until this transaction ends.
     */
    public static void shared(String name) {
        Panache.getEntityManager().createNativeQuery(
                "select 1 from (select pg_advisory_xact_lock_shared(hashtextextended(?1, 0))) l")
                .setParameter(1, name).getSingleResult();
    }
}
