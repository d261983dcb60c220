package uk.gov.dynamicframework.competition.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.competition.competition.CompetitionStatus;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.competition.lot.LotOutcome;

/** Award notice and bidders' feedback. */
public final class AwardViews {

    private AwardViews() {
    }

    public record AwardNoticeView(UUID competitionId, String reference, String ocid, String title,
            CompetitionStatus status, Instant decidedAt, Instant standstillEndsAt, Instant awardedAt,
            List<AwardView> awards, List<NoAwardView> lotsNotAwarded) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionAwardView")
    public record AwardView(UUID awardId, UUID lotId, int lotNumber, String lotTitle, UUID organisationId,
            String supplierName, List<String> legalIdentifiers, Money value, FundingMechanism fundingMechanism,
            LocalDate contractStart, LocalDate contractEnd, AwardStatus status, Instant decidedAt, Instant awardedAt,
            List<CompetitionEvents.SupplyChainPartner> supplyChainPartners) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionNoAwardView")
    public record NoAwardView(UUID lotId, int lotNumber, LotOutcome outcome, String reason) {
    }

    /** An unsuccessful (or successful) bidder's own scores against the winner's, lot by lot. */
    public record BidFeedbackView(UUID bidId, UUID competitionId, List<LotFeedback> lots) {
    }

    /** What became of a bid in one lot. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BidLotFeedbackOutcome")
    public enum FeedbackOutcome { SUCCESSFUL, UNSUCCESSFUL, EXCLUDED, NO_AWARD }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BidLotFeedback")
    public record LotFeedback(UUID lotId, int lotNumber, FeedbackOutcome outcome, Integer yourRank, BigDecimal yourTotal,
            Map<String, BigDecimal> yourScores, String winnerName, BigDecimal winnerTotal,
            Map<String, BigDecimal> winnerScores, String exclusionReason) {
    }
}
