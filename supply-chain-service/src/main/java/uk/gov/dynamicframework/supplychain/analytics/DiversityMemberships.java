package uk.gov.dynamicframework.supplychain.analytics;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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
        takeTurn();
        Panache.getEntityManager().createNativeQuery("select cast(diversity_membership_refresh(?1, ?2) as text)")
                .setParameter(1, agreementId).setParameter(2, LocalDate.now(clock)).getSingleResult();
    }

    /** After an organisation event (its current attribute period recorded): its memberships carry them and its name. */
    public void organisationChanged(UUID organisationId, String name) {
        takeTurn();
        Panache.getEntityManager().createNativeQuery("select cast(diversity_membership_organisation(?1, ?2) as text)")
                .setParameter(1, organisationId).setParameter(2, name).getSingleResult();
    }

    /**
     * Changes of the read model take turns, each holding the version's row (V7) until its transaction ends, and read
     * only after they have it. Otherwise a rebuild could copy an organisation's attributes as they were while an
     * event changed them: the event's update does not see the rebuild's new rows, and the rebuild does not see the
     * event's new attributes, so the rows would keep the old ones until the next change.
     */
    private static void takeTurn() {
        Panache.getEntityManager().createNativeQuery("select version from diversity_membership_version for update")
                .getSingleResult();
    }
}
