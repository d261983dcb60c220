package uk.gov.dynamicframework.competition.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * Who may bid for a lot, from this service's own view of the registry: a provider is eligible for a lot (category C,
 * areas A) when it is QUALIFIED and has a published, not withdrawn, offer of C covering every area of A.
 */
@ApplicationScoped
public class Eligibility {

    private final EntityManager em;
    private final ObjectMapper mapper;

    public Eligibility(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** The verdict for one provider and one lot; {@code reason} says why not, in words a provider understands. */
    public record Verdict(boolean eligible, String reason) {
        static Verdict yes() {
            return new Verdict(true, null);
        }

        static Verdict no(String reason) {
            return new Verdict(false, reason);
        }
    }

    public Verdict check(UUID organisationId, String category, List<String> areas) {
        return of(organisationId).check(category, areas);
    }

    /** One provider's eligibility for any number of lots, its view read once (its row and its active offers). */
    public interface ProviderCheck {
        Verdict check(String category, List<String> areas);
    }

    /**
     * The provider's eligibility as of now, for the lots of one bid: its row and its active offers in one statement
     * whatever the number of lots, read only (nothing kept to compare at commit).
     */
    public ProviderCheck of(UUID organisationId) {
        List<Object[]> rows = em.createQuery("select p, o from Provider p left join ProviderOffer o"
                + " on o.organisationId = p.id and o.withdrawnAt is null where p.id = :id", Object[].class)
                .setParameter("id", organisationId).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        if (rows.isEmpty()) {
            return (category, areas) -> Verdict.no("Organisation " + organisationId + " is not known to the framework");
        }
        Provider provider = (Provider) rows.get(0)[0];
        List<ProviderOffer> offers = rows.stream().map(r -> (ProviderOffer) r[1]).filter(Objects::nonNull).toList();
        return (category, areas) -> check(provider, offers, category, areas);
    }

    /** The rule itself, without the database. */
    public static Verdict check(Provider provider, List<ProviderOffer> offers, String category, List<String> areas) {
        if (!provider.isQualified()) {
            return Verdict.no("Provider is not qualified on the framework: its status is " + provider.frameworkStatus
                    + (provider.statusReason != null ? " (" + provider.statusReason + ")" : ""));
        }
        List<ProviderOffer> ofCategory = offers.stream().filter(o -> o.isActive() && o.category.equals(category)).toList();
        if (ofCategory.isEmpty()) {
            return Verdict.no("Provider has no published offer of " + category);
        }
        if (ofCategory.stream().noneMatch(o -> o.covers(category, areas))) {
            List<String> missing = areas.stream()
                    .filter(a -> ofCategory.stream().noneMatch(o -> o.areas.contains(a))).toList();
            return Verdict.no("Provider has no single published offer of " + category + " covering every area of the lot"
                    + (missing.isEmpty() ? "" : "; not offered in " + String.join(", ", missing)));
        }
        return Verdict.yes();
    }

    /**
     * Ids of every provider eligible for the lot, in one statement: the rule above in SQL (a published offer of the
     * category whose areas contain every area of the lot, {@code @>} on the JSON arrays, from a qualified provider).
     */
    public List<UUID> eligibleProviders(String category, List<String> areas) {
        List<UUID> ids = em.createNativeQuery("""
                select distinct o.organisation_id from provider_offer o join provider p on p.id = o.organisation_id
                where o.category = :category and o.withdrawn_at is null and o.areas @> cast(:areas as jsonb)
                  and p.framework_status = :qualified""", UUID.class)
                .setParameter("category", category).setParameter("areas", json(areas))
                .setParameter("qualified", Provider.QUALIFIED).getResultList();
        return ids.stream().sorted().toList();
    }

    private String json(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Areas cannot be written as JSON", e);
        }
    }
}
