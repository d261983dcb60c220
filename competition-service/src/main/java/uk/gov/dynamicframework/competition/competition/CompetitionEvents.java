package uk.gov.dynamicframework.competition.competition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.competition.award.Award;
import uk.gov.dynamicframework.competition.bid.Bid;
import uk.gov.dynamicframework.competition.bid.BidReceipt;
import uk.gov.dynamicframework.competition.body.CommissioningBody;
import uk.gov.dynamicframework.competition.clarification.Clarification;
import uk.gov.dynamicframework.competition.lot.ComplexityLevel;
import uk.gov.dynamicframework.competition.lot.EligiblePopulation;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.competition.lot.Lot;
import uk.gov.dynamicframework.platform.money.Money;

/**
 * Topic {@code df.competitions.v1}: what happens to competitions and their awards. Key = competition id. Every payload
 * carries the competition's {@code version} after the change, so a consumer can drop a stale snapshot.
 */
public final class CompetitionEvents {

    public static final String TOPIC = "df.competitions.v1";
    public static final String PUBLISHED = "df.competition.published";
    public static final String CLARIFICATION_PUBLISHED = "df.competition.clarification-published";
    public static final String BID_RECEIVED = "df.competition.bid-received";
    public static final String CLOSED = "df.competition.closed";
    public static final String AWARDED = "df.competition.awarded";
    public static final String NOT_AWARDED = "df.competition.not-awarded";
    public static final String CANCELLED = "df.competition.cancelled";
    public static final String CO_COMMISSIONER_INVITED = "df.competition.co-commissioner-invited";
    public static final String CO_COMMISSIONER_ACCEPTED = "df.competition.co-commissioner-accepted";
    public static final String CO_COMMISSIONER_DECLINED = "df.competition.co-commissioner-declined";

    private CompetitionEvents() {
    }

    /** A commissioning body of the competition and its contribution to the budget. */
    public record BodyData(String code, String name, String kind, CommissioningRole role, Money budget) {
        public static BodyData of(CompetitionBody part, CommissioningBody body) {
            return new BodyData(part.bodyCode, body.name, body.kind.name(), part.role, Money.gbp(part.budget));
        }
    }

    public record LotData(UUID lotId, int number, String title, String category, String regionCode, List<String> areas,
            Money maxValue, FundingMechanism fundingMechanism, LocalDate contractStart, LocalDate contractEnd,
            String contractType, List<EligiblePopulation> eligiblePopulation, List<ComplexityLevel> complexityLevels,
            List<UUID> eligibleProviders) {
        public static LotData of(Lot l, List<UUID> eligibleProviders) {
            return new LotData(l.id, l.number, l.title, l.category, l.regionCode, l.areas, Money.gbp(l.maxValue),
                    l.fundingMechanism, l.contractStart, l.contractEnd, l.contractType, l.eligiblePopulation,
                    l.complexityLevels, eligibleProviders);
        }
    }

    /** {@value #PUBLISHED}: the competition as published, each lot with the providers eligible for it. */
    public record CompetitionPublishedData(UUID competitionId, String reference, String ocid, String title,
            String ownerBody, List<BodyData> commissioningBodies, Instant clarificationDeadline,
            Instant submissionDeadline, List<LotData> lots, Instant publishedAt, String eligibilityOverride,
            long version) {
        public static CompetitionPublishedData of(Competition c, List<BodyData> bodies, List<LotData> lots) {
            return new CompetitionPublishedData(c.id, c.reference, c.ocid, c.title, c.ownerBody, bodies,
                    c.clarificationDeadline, c.submissionDeadline, lots, c.publishedAt, c.eligibilityOverride, c.version);
        }
    }

    /**
     * {@value #CO_COMMISSIONER_INVITED}, {@value #CO_COMMISSIONER_ACCEPTED} and {@value #CO_COMMISSIONER_DECLINED}: a
     * body named as co-commissioner of a (draft) competition, and its answer. Its budget counts only once accepted.
     */
    public record CoCommissionerData(UUID competitionId, String reference, String title, String ownerBody,
            String bodyCode, Money budget, InvitationStatus invitation, Instant invitedAt, String invitedBy,
            Instant respondedAt, String respondedBy, String declineReason, long version) {
        public static CoCommissionerData of(Competition c, CompetitionBody b) {
            return new CoCommissionerData(c.id, c.reference, c.title, c.ownerBody, b.bodyCode, Money.gbp(b.budget),
                    b.invitation, b.invitedAt, b.invitedBy, b.respondedAt, b.respondedBy, b.declineReason, c.version);
        }
    }

    /** {@value #CLARIFICATION_PUBLISHED}: a question and its answer, for every eligible provider; never who asked. */
    public record ClarificationPublishedData(UUID competitionId, String reference, UUID clarificationId, String question,
            String answer, Instant publishedAt, List<UUID> eligibleProviders, long version) {
        public static ClarificationPublishedData of(Competition c, Clarification q, List<UUID> eligibleProviders) {
            return new ClarificationPublishedData(c.id, c.reference, q.id, q.question, q.answer, q.answeredAt,
                    eligibleProviders, c.version);
        }
    }

    /**
     * {@value #BID_RECEIVED}: when a bid was received, never what (contents are sealed) nor who (who bids is
     * commercially sensitive until the award; the bidder has its own receipt).
     */
    public record BidReceivedData(UUID competitionId, String reference, UUID bidId, BidReceipt.Action action,
            Instant receivedAt, String contentHash, long version) {
        public static BidReceivedData of(Competition c, Bid bid, BidReceipt.Action action) {
            return new BidReceivedData(c.id, c.reference, bid.id, action, bid.receivedAt, bid.contentHash, c.version);
        }
    }

    /** {@value #CLOSED}: the deadline passed; bids received and those excluded because their provider no longer may bid. */
    public record CompetitionClosedData(UUID competitionId, String reference, String ocid, Instant closedAt,
            int bidsReceived, List<ExclusionData> exclusions, long version) {
        public static CompetitionClosedData of(Competition c, int bidsReceived, List<ExclusionData> exclusions) {
            return new CompetitionClosedData(c.id, c.reference, c.ocid, c.closedAt, bidsReceived, exclusions, c.version);
        }
    }

    /** A bid excluded from a lot at the deadline, and why (for instance its provider was suspended meanwhile). */
    public record ExclusionData(UUID bidId, UUID organisationId, UUID lotId, String reason) {
    }

    /** {@value #NOT_AWARDED} and {@value #CANCELLED}: the competition ended without an award, and why. */
    public record CompetitionEndedData(UUID competitionId, String reference, String ocid, CompetitionStatus status,
            String reason, Instant endedAt, long version) {
        public static CompetitionEndedData of(Competition c) {
            return new CompetitionEndedData(c.id, c.reference, c.ocid, c.status, c.endReason, c.endedAt, c.version);
        }
    }

    /**
     * {@value #AWARDED}, one per awarded lot at the end of standstill: everything the contract service needs to make
     * the agreement (contract or grant) without calling back.
     */
    public record AwardedData(UUID awardId, UUID competitionId, String reference, String ocid, String title,
            AwardedLot lot, Winner winner, Money value, FundingMechanism fundingMechanism, LocalDate contractStart,
            LocalDate contractEnd, String contractType, List<EligiblePopulation> eligiblePopulation,
            List<ComplexityLevel> complexityLevels, Instant decidedAt, Instant standstillEndedAt, Instant awardedAt,
            List<SupplyChainPartner> supplyChainPartners, List<BodyData> commissioningBodies, long version) {
        public static AwardedData of(Competition c, Lot lot, Award award, Winner winner,
                List<SupplyChainPartner> partners, List<BodyData> bodies) {
            return new AwardedData(award.id, c.id, c.reference, c.ocid, c.title, AwardedLot.of(lot), winner,
                    Money.gbp(award.value), lot.fundingMechanism, lot.contractStart, lot.contractEnd, lot.contractType,
                    lot.eligiblePopulation, lot.complexityLevels, award.decidedAt, c.standstillEndsAt, award.awardedAt,
                    partners, bodies, c.version);
        }
    }

    public record AwardedLot(UUID lotId, int number, String title, String category, String regionCode, List<String> areas,
            Money maxValue) {
        public static AwardedLot of(Lot l) {
            return new AwardedLot(l.id, l.number, l.title, l.category, l.regionCode, l.areas, Money.gbp(l.maxValue));
        }
    }

    public record Winner(UUID organisationId, String name, List<String> legalIdentifiers, UUID bidId) {
    }

    /** An organisation the winning bid proposed as subcontractor, with its share of the work in percent. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AwardedSupplyChainPartner")
    public record SupplyChainPartner(UUID organisationId, String name, List<String> legalIdentifiers, BigDecimal share) {
    }
}
