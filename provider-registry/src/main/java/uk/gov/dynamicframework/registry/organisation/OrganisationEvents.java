package uk.gov.dynamicframework.registry.organisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.gov.dynamicframework.registry.offer.ServiceOffer;

/**
 * The registry's one topic, {@value #TOPIC}, keyed by organisation id, so that an organisation's offers stay in
 * order with its status changes. Organisation and provider events carry the organisation's whole public snapshot
 * ({@link OrganisationEventData}), so consumers keep their own view without calling back; offer events carry the
 * offer ({@link ServiceOfferEventData}). Every payload carries the {@code version} of its aggregate (organisation or
 * offer), so consumers drop stale snapshots.
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
    public static final String IDENTIFIER_VERIFIED = "df.organisation.identifier-verified";
    public static final String IDENTIFIER_REJECTED = "df.organisation.identifier-rejected";
    public static final String CHANGE_REQUESTED = "df.organisation.change-requested";
    public static final String CHANGE_APPROVED = "df.organisation.change-approved";
    public static final String CHANGE_REJECTED = "df.organisation.change-rejected";
    public static final String OFFER_PUBLISHED = "df.offer.published";
    public static final String OFFER_WITHDRAWN = "df.offer.withdrawn";

    private OrganisationEvents() {
    }

    /** Data of every organisation and provider event. {@code decision} is set for the framework team's decisions. */
    public record OrganisationEventData(
            UUID organisationId,
            String name,
            Set<String> legalIdentifiers,
            LegalForm legalForm,
            Sector sector,
            IncomeBand incomeBand,
            Set<Characteristic> characteristics,
            List<String> localAreas,
            String town,
            String postcode,
            FrameworkStatus frameworkStatus,
            long version,
            Decision decision) {

        public static OrganisationEventData of(Organisation o, Decision decision) {
            return new OrganisationEventData(o.id, o.name, Set.copyOf(o.legalIdentifiers), o.legalForm, o.sector,
                    o.incomeBand, Set.copyOf(o.characteristics), List.copyOf(o.localAreas), o.address.town, o.address.postcode, o.frameworkStatus,
                    o.version, decision);
        }
    }

    public record Decision(String reason, LocalDate until, String decidedBy, Instant decidedAt) {

        public static Decision of(String reason, LocalDate until, String decidedBy, Instant decidedAt) {
            return new Decision(reason, until, decidedBy, decidedAt);
        }
    }

    /**
     * Data of {@value #OFFER_PUBLISHED} and {@value #OFFER_WITHDRAWN}. {@code areas} are every police force area
     * covered (regions offered whole expanded to all their areas); {@code regions} are the regions offered whole.
     * {@code withdrawnAt} only on withdrawal; {@code version} is the offer's.
     */
    public record ServiceOfferEventData(
            UUID offerId,
            UUID organisationId,
            String category,
            List<String> areas,
            List<String> regions,
            List<String> cohorts,
            Instant publishedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant withdrawnAt,
            long version) {

        public static ServiceOfferEventData of(ServiceOffer o) {
            return new ServiceOfferEventData(o.id, o.organisationId, o.category, o.coveredAreas.stream().sorted().toList(),
                    o.regions.stream().sorted().toList(), o.cohorts.stream().sorted().toList(), o.publishedAt,
                    o.withdrawnAt, o.version);
        }
    }

    /**
     * Data of {@value #IDENTIFIER_VERIFIED} and {@value #IDENTIFIER_REJECTED}: the framework team's (or a register
     * check's) decision on one organisation's claim to a legal identifier. A rejected identifier is also gone from
     * the organisation's snapshot (a {@value #UPDATED} follows). {@code version} is the claim's.
     */
    public record IdentifierClaimEventData(
            UUID claimId,
            UUID organisationId,
            String identifier,
            ClaimStatus status,
            String reason,
            String decidedBy,
            Instant decidedAt,
            long version) {

        public static IdentifierClaimEventData of(IdentifierClaim c) {
            return new IdentifierClaimEventData(c.id, c.organisationId, c.identifier, c.status, c.reason, c.decidedBy,
                    c.decidedAt, c.version);
        }
    }

    /**
     * Data of {@value #CHANGE_REQUESTED}, {@value #CHANGE_APPROVED} and {@value #CHANGE_REJECTED}: a qualified
     * organisation's change to its reviewed declarations and the framework team's decision, with the organisation's
     * snapshot (its approved values: on approval, the new ones, also sent as a {@value #UPDATED}). {@code version} is
     * the organisation's.
     */
    public record ChangeRequestEventData(
            UUID changeId,
            UUID organisationId,
            ChangeRequestStatus status,
            java.util.Map<String, OrganisationChange.FieldChange> changes,
            String requestedBy,
            Instant requestedAt,
            String reason,
            String decidedBy,
            Instant decidedAt,
            OrganisationEventData organisation,
            long version) {

        public static ChangeRequestEventData of(OrganisationChangeRequest c, Organisation o) {
            return new ChangeRequestEventData(c.id, c.organisationId, c.status, c.changes, c.requestedBy, c.requestedAt,
                    c.reason, c.decidedBy, c.decidedAt, OrganisationEventData.of(o, null), o.version);
        }
    }
}
