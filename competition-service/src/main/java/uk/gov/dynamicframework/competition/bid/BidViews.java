package uk.gov.dynamicframework.competition.bid;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.dynamicframework.platform.money.Money;

/** What callers see of bids. */
public final class BidViews {

    private BidViews() {
    }

    /** Proof of receipt: the server's time and the SHA-256 hash of the contents as received. */
    public record BidReceiptView(UUID bidId, UUID competitionId, UUID organisationId, BidReceipt.Action action, Instant receivedAt,
            String contentHash, Instant submissionDeadline) {
    }

    /** A bid with its contents, for its provider at any time and the competition's evaluators after the deadline. */
    public record BidView(UUID id, UUID competitionId, UUID organisationId, String organisationName, BidStatus status,
            List<BidLotView> lots, Map<String, String> answers, List<PartnerView> supplyChainPartners,
            Instant receivedAt, String contentHash, Instant withdrawnAt, List<BidReceiptView> receipts) {
    }

    public record BidLotView(UUID lotId, int lotNumber, Money price, String excludedReason) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BidPartnerView")
    public record PartnerView(UUID organisationId, String name, List<String> legalIdentifiers, BigDecimal share) {
    }
}
