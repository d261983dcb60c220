package uk.gov.dynamicframework.competition.opportunity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.reference.KnownCode;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.competition.lot.Proportionality;

/** Requests, views and event payloads of opportunities and subscriptions. */
public final class OpportunityDtos {

    private OpportunityDtos() {
    }

    @Schema(name = "OpportunityRequest", examples = """
            {"title": "Women's accommodation, Devon and Cornwall", "category": "ACCOMMODATION", "areas": ["E23000035"],
             "indicativeValue": {"amount": 250000.00, "currency": "GBP"}, "fundingMechanism": "GRANT",
             "expectedPublication": "2027-01-04", "expectedAward": "2027-03-01", "expectedStart": "2027-04-01"}""")
    public record OpportunityRequest(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @NotBlank @KnownCode(KnownCode.Kind.CATEGORY) String category,
            @Size(max = 50) List<@NotBlank @KnownCode(KnownCode.Kind.AREA) String> areas,
            @KnownCode(KnownCode.Kind.REGION) String regionCode,
            @NotNull @Valid Money indicativeValue,
            FundingMechanism fundingMechanism,
            @KnownCode(KnownCode.Kind.CONTRACT_TYPE) String contractType,
            LocalDate expectedPublication,
            LocalDate expectedAward,
            LocalDate expectedStart) {
    }

    public record OpportunityView(UUID id, String reference, String ownerBody, String title, String description,
            String category, String regionCode, List<String> areas, Money indicativeValue,
            FundingMechanism fundingMechanism, LocalDate expectedPublication, LocalDate expectedAward,
            LocalDate expectedStart, String contractType, OpportunityStatus status, Instant publishedAt,
            FollowOnView followOn, Proportionality.EvidenceRules evidenceRules, long version) {

        static OpportunityView of(Opportunity o) {
            return new OpportunityView(o.id, o.reference, o.ownerBody, o.title, o.description, o.category, o.regionCode,
                    o.areas, Money.gbp(o.indicativeValue), o.fundingMechanism, o.expectedPublication, o.expectedAward,
                    o.expectedStart, o.contractType, o.status, o.publishedAt,
                    o.agreementId == null ? null : new FollowOnView(o.agreementId, o.agreementReference),
                    Proportionality.rulesFor(o.indicativeValue), o.version);
        }
    }

    /** The agreement an opportunity re-commissions (drafted when that agreement nears its end). */
    @Schema(name = "OpportunityFollowOn")
    public record FollowOnView(UUID agreementId, String agreementReference) {
    }

    @Schema(name = "OpportunitySubscriptionRequest", examples = """
            {"categories": ["ACCOMMODATION", "WOMEN"], "areas": ["E23000035", "E23000036"]}""")
    public record OpportunitySubscriptionRequest(
            @NotEmpty @Size(max = 20) List<@NotBlank @KnownCode(KnownCode.Kind.CATEGORY) String> categories,
            @NotEmpty @Size(max = 50) List<@NotBlank @KnownCode(KnownCode.Kind.AREA) String> areas) {
    }

    public record OpportunitySubscriptionView(UUID id, UUID organisationId, List<String> categories, List<String> areas,
            Instant createdAt) {

        static OpportunitySubscriptionView of(OpportunitySubscription s) {
            return new OpportunitySubscriptionView(s.id, s.organisationId, s.categories, s.areas, s.createdAt);
        }
    }
}
