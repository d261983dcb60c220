package uk.gov.dynamicframework.supplychain.agreement;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import uk.gov.dynamicframework.supplychain.analytics.DiversityMemberships;

/**
 * An agreement's facts by business date, in periods [valid_from, valid_to). A change effective from a date keeps
 * the periods before it and replaces everything from it on; the read model of today's figures follows in the same
 * transaction.
 */
@ApplicationScoped
public class AgreementPeriods {

    private final DiversityMemberships memberships;

    public AgreementPeriods(DiversityMemberships memberships) {
        this.memberships = memberships;
    }

    /** Replaces the agreement's facts from {@code effectiveFrom} (the start date or earlier: all of them) with its current ones. */
    public void replaceFrom(Agreement a, LocalDate effectiveFrom) {
        var em = Panache.getEntityManager();
        LocalDate from = effectiveFrom.isAfter(a.startDate) ? effectiveFrom : LocalDate.MIN;
        if (from.equals(LocalDate.MIN)) {
            em.createNativeQuery("delete from agreement_period where agreement_id = ?1").setParameter(1, a.id).executeUpdate();
        } else {
            em.createNativeQuery("delete from agreement_period where agreement_id = ?1 and valid_from >= ?2")
                    .setParameter(1, a.id).setParameter(2, from).executeUpdate();
            em.createNativeQuery("update agreement_period set valid_to = ?2 where agreement_id = ?1 and valid_to > ?2")
                    .setParameter(1, a.id).setParameter(2, from).executeUpdate();
        }
        LocalDate start = from.equals(LocalDate.MIN) ? a.startDate : from;
        LocalDate endExclusive = a.lastDay().plusDays(1);
        if (start.isBefore(endExclusive)) {
            em.createNativeQuery("""
                    insert into agreement_period (agreement_id, valid_from, valid_to, lead_provider_id, contract_type, categories,
                        region_code, areas, in_wales, value)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                    .setParameter(1, a.id).setParameter(2, start).setParameter(3, endExclusive)
                    .setParameter(4, a.leadProviderId).setParameter(5, a.contractType).setParameter(6, a.categories)
                    .setParameter(7, a.regionCode).setParameter(8, a.areas).setParameter(9, a.deliveredInWales())
                    .setParameter(10, a.value)
                    .executeUpdate();
        }
        memberships.agreementChanged(a.id);
    }
}
