package uk.gov.dynamicframework.competition.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents.BodyData;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;

/** Payload of {@code df.competition.awarded}: everything the contract service needs to create the agreement. */
public final class AwardEvents {

    private AwardEvents() {
    }

    public record AwardedData(UUID awardId, UUID competitionId, String reference, String ocid, String title,
            AwardedLot lot, Winner winner, Money value, FundingMechanism fundingMechanism, LocalDate contractStart,
            LocalDate contractEnd, Instant decidedAt, Instant standstillEndedAt, Instant awardedAt,
            List<SupplyChainPartner> supplyChainPartners, List<BodyData> commissioningBodies) {
    }

    public record AwardedLot(UUID lotId, int number, String title, String category, String regionCode, List<String> areas,
            Money maxValue) {
    }

    public record Winner(UUID organisationId, String name, List<String> legalIdentifiers, UUID bidId) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AwardedSupplyChainPartner")
    public record SupplyChainPartner(UUID organisationId, String name, List<String> legalIdentifiers,
            java.math.BigDecimal share) {
    }
}
