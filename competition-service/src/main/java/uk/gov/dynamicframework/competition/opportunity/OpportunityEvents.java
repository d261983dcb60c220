package uk.gov.dynamicframework.competition.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.platform.money.Money;

/**
 * Topic {@code df.opportunities.v1}: pipeline notices, so providers hear early of what will be commissioned. Key =
 * opportunity id; every payload carries the opportunity's {@code version}. Drafts publish nothing.
 */
public final class OpportunityEvents {

    public static final String TOPIC = "df.opportunities.v1";
    public static final String PUBLISHED = "df.opportunity.published";
    public static final String SUBSCRIPTION_MATCHED = "df.opportunity.subscription-matched";

    private OpportunityEvents() {
    }

    /** {@value #PUBLISHED}: the notice; {@code agreementId} names the agreement it re-commissions, if any. */
    public record OpportunityPublishedData(UUID opportunityId, String reference, String ownerBody, String title,
            String category, String regionCode, List<String> areas, Money indicativeValue,
            FundingMechanism fundingMechanism, String contractType, LocalDate expectedPublication,
            LocalDate expectedAward, LocalDate expectedStart, UUID agreementId, String agreementReference,
            Instant publishedAt, long version) {
        public static OpportunityPublishedData of(Opportunity o) {
            return new OpportunityPublishedData(o.id, o.reference, o.ownerBody, o.title, o.category, o.regionCode,
                    o.areas, Money.gbp(o.indicativeValue), o.fundingMechanism, o.contractType, o.expectedPublication,
                    o.expectedAward, o.expectedStart, o.agreementId, o.agreementReference, o.publishedAt, o.version);
        }
    }

    /** {@value #SUBSCRIPTION_MATCHED}: one per subscription the notice matches, for notifying the provider. */
    public record OpportunityMatchedData(UUID subscriptionId, UUID organisationId, UUID opportunityId, String reference,
            String title, String category, List<String> matchedAreas, Instant publishedAt, long version) {
        public static OpportunityMatchedData of(Opportunity o, OpportunitySubscription s, List<String> matchedAreas) {
            return new OpportunityMatchedData(s.id, s.organisationId, o.id, o.reference, o.title, o.category,
                    matchedAreas, o.publishedAt, o.version);
        }
    }
}
