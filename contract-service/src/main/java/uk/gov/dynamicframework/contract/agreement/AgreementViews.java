package uk.gov.dynamicframework.contract.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.Contact;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.Terms;
import uk.gov.dynamicframework.platform.money.Money;

/** Response bodies of the agreement endpoints. */
public final class AgreementViews {

    private AgreementViews() {
    }

    /**
     * An agreement as the caller may see it: {@code visibility} FULL for its commissioners, providers, the framework
     * team and auditors; PUBLIC for everyone else (no contacts, confidential fields null, no history).
     */
    @Schema(name = "AgreementView")
    public record AgreementView(UUID id, String reference, String ocid, UUID competitionId, UUID awardId, UUID lotId,
            AgreementKind kind, AgreementStatus status, String title, String description,
            LeadProviderView leadProvider, List<BodyShareView> commissioningBodies, String owningBodyId,
            String contractType, List<String> categories, String regionCode, List<String> areas, Money value,
            Money committedSpend, Money headroom, LocalDate startDate, LocalDate endDate,
            List<String> eligiblePopulation, List<String> complexityLevels, List<SupplyChainMemberView> proposedSupplyChain,
            GrantTerms grantTerms, boolean published, List<ConfidentialField> confidentialFields, List<Contact> contacts,
            LifecycleView lifecycle, Instant endingSoonNotifiedAt, long version, String visibility) {
    }

    @Schema(name = "AgreementLeadProvider")
    public record LeadProviderView(UUID organisationId, String name, List<String> legalIdentifiers) {
    }

    @Schema(name = "AgreementBodyShare")
    public record BodyShareView(String bodyId, String name, String kind, String role, Money share,
            @Schema(description = "INVITED until the body's commissioner accepts; only an ACCEPTED body's share counts "
                    + "and only its commissioners manage the agreement") InvitationStatus invitation,
            java.time.Instant respondedAt) {
    }

    @Schema(name = "AgreementSupplyChainMember")
    public record SupplyChainMemberView(UUID organisationId, String name, BigDecimal sharePercent, Money share) {
    }

    @Schema(name = "AgreementLifecycle")
    public record LifecycleView(Instant createdAt, String createdBy, Instant awardedAt, Instant activatedAt,
            Instant suspendedAt, String suspensionReason, Instant reinstatedAt, Instant endedAt, String endReason) {
    }

    /** One entry of the history: terms before and after, who decided, why and from when. */
    @Schema(name = "AgreementChangeView")
    public record ChangeView(UUID id, AgreementChange.Kind kind, String rationale, LocalDate effectiveDate,
            String decidedBy, Instant decidedAt, TermsView termsBefore, TermsView termsAfter, long versionAfter) {

        static ChangeView of(AgreementChange c) {
            return new ChangeView(c.id, c.kind, c.rationale, c.effectiveDate, c.decidedBy, c.decidedAt,
                    TermsView.of(c.termsBefore), TermsView.of(c.termsAfter), c.versionAfter);
        }
    }

    @Schema(name = "AgreementTerms")
    public record TermsView(Money value, LocalDate startDate, LocalDate endDate, List<String> categories,
            String regionCode, List<String> areas) {

        static TermsView of(Terms t) {
            return t == null ? null : new TermsView(Money.gbp(t.value()), t.startDate(), t.endDate(), t.categories(),
                    t.regionCode(), t.areas());
        }
    }
}
