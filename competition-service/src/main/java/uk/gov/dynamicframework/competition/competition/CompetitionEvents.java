package uk.gov.dynamicframework.competition.competition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.platform.money.Money;

/** Topic {@code df.competitions.v1} (key = competition id, or opportunity id for opportunity events). */
public final class CompetitionEvents {

    public static final String TOPIC = "df.competitions.v1";
    public static final String OPPORTUNITY_PUBLISHED = "df.opportunity.published";
    public static final String OPPORTUNITY_MATCHED = "df.opportunity.subscription-matched";
    public static final String PUBLISHED = "df.competition.published";
    public static final String CLARIFICATION_PUBLISHED = "df.competition.clarification-published";
    public static final String BID_RECEIVED = "df.competition.bid-received";
    public static final String CLOSED = "df.competition.closed";
    public static final String AWARDED = "df.competition.awarded";
    public static final String NO_AWARD = "df.competition.not-awarded";
    public static final String CANCELLED = "df.competition.cancelled";

    private CompetitionEvents() {
    }

    public record BodyData(String code, String name, String kind, CommissioningRole role, Money budget) {
    }

    public record LotData(UUID lotId, int number, String title, String category, String regionCode, List<String> areas,
            Money maxValue, FundingMechanism fundingMechanism, LocalDate contractStart, LocalDate contractEnd,
            List<UUID> eligibleProviders) {
    }

    public record CompetitionPublishedData(UUID competitionId, String reference, String ocid, String title,
            String ownerBody, List<BodyData> commissioningBodies, Instant clarificationDeadline,
            Instant submissionDeadline, List<LotData> lots, Instant publishedAt, String eligibilityOverride) {
    }

    public record CompetitionClosedData(UUID competitionId, String reference, String ocid, Instant closedAt,
            int bidsReceived, List<ExclusionData> exclusions) {
    }

    /** A bid excluded at the deadline, and why (for instance its provider was suspended meanwhile). */
    public record ExclusionData(UUID bidId, UUID organisationId, UUID lotId, String reason) {
    }

    public record CompetitionEndedData(UUID competitionId, String reference, String ocid, CompetitionStatus status,
            String reason, Instant endedAt) {
    }
}
