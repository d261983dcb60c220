package uk.gov.dynamicframework.registry.offer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents;

/**
 * Offer events, on the organisations topic ({@value OrganisationEvents#TOPIC}) keyed by organisation id, so they stay
 * in order with the provider's status changes.
 */
public final class OfferEvents {

    public static final String TOPIC = OrganisationEvents.TOPIC;
    public static final String PUBLISHED = "df.offer.published";
    public static final String WITHDRAWN = "df.offer.withdrawn";

    private OfferEvents() {
    }

    /**
     * {@code areas} are every police force area covered (regions offered whole expanded to all their areas);
     * {@code regions} are the regions offered whole. {@code withdrawnAt} only on df.offer.withdrawn.
     */
    public record ServiceOfferEventData(
            UUID offerId,
            UUID organisationId,
            String category,
            List<String> areas,
            List<String> regions,
            List<String> cohorts,
            Instant publishedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant withdrawnAt) {

        public static ServiceOfferEventData of(ServiceOffer o) {
            return new ServiceOfferEventData(o.id, o.organisationId, o.category, o.coveredAreas.stream().sorted().toList(),
                    o.regions.stream().sorted().toList(), o.cohorts.stream().sorted().toList(), o.publishedAt, o.withdrawnAt);
        }
    }
}
