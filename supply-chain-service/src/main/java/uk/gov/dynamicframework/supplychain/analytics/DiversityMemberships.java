package uk.gov.dynamicframework.supplychain.analytics;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import uk.gov.dynamicframework.platform.persistence.TransactionLocks;

/**
 * The read model of today's figures ({@code diversity_membership}, migrations V5 and V6): every membership of a supply
 * chain in force today or later, with the agreement's scope and the organisation's current attributes and name (also
 * as bit sets of role and attributes, and of its areas). Kept in the
 * transaction of every change of the periods it is made from, by the database functions the bulk load also uses.
 */
@ApplicationScoped
public class DiversityMemberships {

    private final Clock clock;

    public DiversityMemberships(Clock clock) {
        this.clock = clock;
    }

    /** After the agreement's periods or one of its subcontracts' periods changed: its memberships rebuilt. */
    public void agreementChanged(UUID agreementId) {
        // shared (the same names as TransactionLocks.exclusive in organisationChanged): rebuilds of agreements with
        // organisations in common do not wait for each other
        Panache.getEntityManager().createNativeQuery("""
                select count(pg_advisory_xact_lock_shared(hashtextextended('diversity-organisation:' || o, 0)))
                from (select lead_provider_id::text as o from agreement where id = ?1
                      union select lead_provider_id::text from agreement_period where agreement_id = ?1
                      union select organisation_id::text from subcontract where agreement_id = ?1) x""")
                .setParameter(1, agreementId).getSingleResult();
        Panache.getEntityManager().createNativeQuery("select cast(diversity_membership_refresh(?1, ?2) as text)")
                .setParameter(1, agreementId).setParameter(2, LocalDate.now(clock)).getSingleResult();
    }

    /**
     * Holds the organisation's lock shared until the transaction ends, as a rebuild does (above): for a change that
     * puts the organisation into a supply chain without rebuilding the read model (a proposed subcontract), so that an
     * organisation event's flag evaluation either sees this change or runs after it.
     */
    public void holdOrganisation(UUID organisationId) {
        TransactionLocks.shared("diversity-organisation:" + organisationId);
    }

    /**
     * After an organisation event (its current attribute period recorded): its memberships carry them and its name.
     * <p>
     * It waits for the rebuilds that are reading the organisation (they hold its lock shared, above) and they for it:
     * otherwise a rebuild could copy the attributes as they were while the event changed them, and the event's update
     * would not see the rebuild's new rows (nor the rebuild the event's new attributes), so the rows would keep the old
     * ones until the next change. Whichever comes second reads, in a statement after its lock, what the first
     * committed.
     */
    public void organisationChanged(UUID organisationId, String name) {
        TransactionLocks.exclusive("diversity-organisation:" + organisationId);
        Panache.getEntityManager().createNativeQuery("select cast(diversity_membership_organisation(?1, ?2) as text)")
                .setParameter(1, organisationId).setParameter(2, name).getSingleResult();
    }
}
