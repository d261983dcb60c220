package uk.gov.dynamicframework.supplychain.subcontract;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import uk.gov.dynamicframework.supplychain.analytics.DiversityMemberships;

/**
 * A confirmed subcontract's share and scope by business date, in periods [valid_from, valid_to): what the figures
 * count. A change effective from a date keeps the periods before it and replaces the rest; the read model of today's
 * figures follows in the same transaction.
 */
@ApplicationScoped
public class SubcontractPeriods {

    private final DiversityMemberships memberships;

    public SubcontractPeriods(DiversityMemberships memberships) {
        this.memberships = memberships;
    }

    /** Replaces the subcontract's periods from {@code effectiveFrom} (its start or earlier: all) with its current terms. */
    public void replaceFrom(Subcontract s, LocalDate effectiveFrom) {
        var em = Panache.getEntityManager();
        boolean all = !effectiveFrom.isAfter(s.startDate);
        if (all) {
            em.createNativeQuery("delete from subcontract_period where subcontract_id = ?1").setParameter(1, s.id).executeUpdate();
        } else {
            cut(s, effectiveFrom);
        }
        LocalDate start = all ? s.startDate : effectiveFrom;
        LocalDate endExclusive = s.endDate.plusDays(1);
        if (start.isBefore(endExclusive)) {
            em.createNativeQuery("""
                    insert into subcontract_period (subcontract_id, agreement_id, organisation_id, valid_from, valid_to, share,
                        categories, areas) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                    .setParameter(1, s.id).setParameter(2, s.agreementId).setParameter(3, s.organisationId)
                    .setParameter(4, start).setParameter(5, endExclusive).setParameter(6, s.share)
                    .setParameter(7, s.categories).setParameter(8, s.areas)
                    .executeUpdate();
        }
        memberships.agreementChanged(s.agreementId);
    }

    /** Nothing counts from {@code from} on. */
    public void cutAt(Subcontract s, LocalDate from) {
        cut(s, from);
        memberships.agreementChanged(s.agreementId);
    }

    private static void cut(Subcontract s, LocalDate from) {
        var em = Panache.getEntityManager();
        em.createNativeQuery("delete from subcontract_period where subcontract_id = ?1 and valid_from >= ?2")
                .setParameter(1, s.id).setParameter(2, from).executeUpdate();
        em.createNativeQuery("update subcontract_period set valid_to = ?2 where subcontract_id = ?1 and valid_to > ?2")
                .setParameter(1, s.id).setParameter(2, from).executeUpdate();
    }
}
