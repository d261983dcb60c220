package uk.gov.dynamicframework.competition.provider;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Who may bid for a lot, from this service's own view of the registry: a provider is eligible for a lot (category C,
 * areas A) when it is QUALIFIED and has a published, not withdrawn, offer of C covering every area of A.
 */
@ApplicationScoped
public class Eligibility {

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
        Provider provider = Provider.findById(organisationId);
        if (provider == null) {
            return Verdict.no("Organisation " + organisationId + " is not known to the framework");
        }
        return check(provider, ProviderOffer.activeOf(organisationId), category, areas);
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

    /** Ids of every provider eligible for the lot. */
    public List<UUID> eligibleProviders(String category, List<String> areas) {
        List<ProviderOffer> offers = ProviderOffer.list("category = ?1 and withdrawnAt is null", category);
        return offers.stream().filter(o -> o.covers(category, areas)).map(o -> o.organisationId).distinct()
                .filter(id -> {
                    Provider p = Provider.findById(id);
                    return p != null && p.isQualified();
                }).sorted().toList();
    }
}
