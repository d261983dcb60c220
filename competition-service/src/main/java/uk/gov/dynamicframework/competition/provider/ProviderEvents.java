package uk.gov.dynamicframework.competition.provider;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts of the registry's events (topic {@code df.organisations.v1}) this service reads. */
final class ProviderEvents {

    static final String ORGANISATION_PREFIX = "df.organisation.";
    static final String PROVIDER_PREFIX = "df.provider.";
    static final String OFFER_PUBLISHED = "df.offer.published";
    static final String OFFER_WITHDRAWN = "df.offer.withdrawn";

    private ProviderEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganisationSnapshot(UUID organisationId, String name, List<String> legalIdentifiers, String sector,
            String incomeBand, String frameworkStatus, long version, Decision decision) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(String reason, String until, String decidedBy, Instant decidedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OfferData(UUID offerId, UUID organisationId, String category, List<String> areas, List<String> regions,
            List<String> cohorts, Instant publishedAt, Instant withdrawnAt) {
    }
}
