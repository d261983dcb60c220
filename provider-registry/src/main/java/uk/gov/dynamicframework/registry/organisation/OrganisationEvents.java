package uk.gov.dynamicframework.registry.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Events on topic {@value #TOPIC}, keyed by organisation id. Every event carries the organisation's whole public
 * snapshot, so consumers keep their own view without calling back.
 */
public final class OrganisationEvents {

    public static final String TOPIC = "df.organisations.v1";

    public static final String REGISTERED = "df.organisation.registered";
    public static final String UPDATED = "df.organisation.updated";
    public static final String QUALIFIED = "df.provider.qualified";
    public static final String REJECTED = "df.provider.rejected";
    public static final String SUSPENDED = "df.provider.suspended";
    public static final String REINSTATED = "df.provider.reinstated";
    public static final String REMOVED = "df.provider.removed";

    private OrganisationEvents() {
    }

    /** Data of every event on the topic. {@code decision} is set for the framework team's decisions. */
    public record OrganisationEventData(
            UUID organisationId,
            String name,
            Set<String> legalIdentifiers,
            LegalForm legalForm,
            Sector sector,
            IncomeBand incomeBand,
            Set<Characteristic> characteristics,
            String town,
            String postcode,
            FrameworkStatus frameworkStatus,
            long version,
            Decision decision) {

        public static OrganisationEventData of(Organisation o, Decision decision) {
            return new OrganisationEventData(o.id, o.name, Set.copyOf(o.legalIdentifiers), o.legalForm, o.sector,
                    o.incomeBand, Set.copyOf(o.characteristics), o.address.town, o.address.postcode, o.frameworkStatus,
                    o.version, decision);
        }
    }

    public record Decision(String reason, LocalDate until, String decidedBy, Instant decidedAt) {
    }
}
