package uk.gov.dynamicframework.competition.provider;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** The parts of the registry's organisation events (topic {@code df.organisations.v1}) this service reads. */
final class ProviderEvents {

    static final String ORGANISATION_PREFIX = "df.organisation.";
    static final String PROVIDER_PREFIX = "df.provider.";

    private ProviderEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganisationSnapshot(UUID organisationId, String name, List<String> legalIdentifiers, String sector,
            String incomeBand, String frameworkStatus, long version) {
    }
}
