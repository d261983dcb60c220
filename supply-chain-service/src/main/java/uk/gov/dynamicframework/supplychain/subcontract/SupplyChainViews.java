package uk.gov.dynamicframework.supplychain.subcontract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.supplychain.agreement.Agreement;

/** Response bodies of the supply-chain operations. */
public final class SupplyChainViews {

    private SupplyChainViews() {
    }

    @Schema(name = "SupplyChainLeadProvider")
    public record LeadProvider(UUID organisationId, String name) {
    }

    @Schema(name = "SupplyChain", description = "An agreement's supply chain: its lead provider and every subcontract, "
            + "with how much of the agreement's value the live (proposed or confirmed) subcontracts take.")
    public record SupplyChainView(UUID agreementId, String reference, String ocid, String agreementStatus,
            LeadProvider leadProvider, List<String> commissioningBodies, String contractType, List<String> categories,
            String regionCode, List<String> areas, Money value, LocalDate startDate, LocalDate endDate,
            @Schema(description = "Sum of the shares of proposed and confirmed subcontracts") Money allocated,
            @Schema(description = "True when a variation left the shares above the agreement's value (a flag is raised; nothing is deleted)")
            boolean sharesExceedValue,
            List<SubcontractView> subcontracts,
            @Schema(description = "The supply chain's version, also its ETag") long version) {
    }

    @Schema(name = "SupplyChainSummary")
    public record SupplyChainSummary(UUID agreementId, String reference, LeadProvider leadProvider, String contractType,
            List<String> areas, Money value, LocalDate startDate, LocalDate endDate, boolean sharesExceedValue, long version) {

        public static SupplyChainSummary of(Agreement a) {
            return new SupplyChainSummary(a.id, a.reference, new LeadProvider(a.leadProviderId, a.leadProviderName),
                    a.contractType, List.of(a.areas), Money.gbp(a.value), a.startDate, a.endDate, a.sharesExceedValue,
                    a.chainVersion);
        }
    }

    @Schema(name = "Subcontract", description = "An organisation's part in a supply chain, with who did what and when.")
    public record SubcontractView(UUID subcontractId, UUID agreementId, String agreementReference, UUID leadProviderId,
            UUID organisationId, String organisationName,
            @Schema(enumeration = { "PROPOSED", "CONFIRMED", "WITHDRAWN", "ENDED" }) String status,
            List<String> categories, List<String> areas,
            @Schema(description = "Null only for a partner proposed in the bid without an amount") Money share,
            LocalDate startDate, LocalDate endDate, Instant proposedAt, String proposedBy, Instant confirmedAt,
            String confirmedBy, Instant changedAt, String changedBy, Instant withdrawnAt, String withdrawnBy,
            Instant endedAt, String endedBy, String endReason,
            @Schema(description = "The subcontract's version, also its ETag") long version) {

        public static SubcontractView of(Subcontract s, Agreement a, String organisationName) {
            return new SubcontractView(s.id, s.agreementId, a.reference, a.leadProviderId, s.organisationId,
                    organisationName, s.status.name(), List.of(s.categories), List.of(s.areas),
                    s.share == null ? null : Money.gbp(s.share), s.startDate, s.endDate, s.proposedAt, s.proposedBy,
                    s.confirmedAt, s.confirmedBy, s.changedAt, s.changedBy, s.withdrawnAt, s.withdrawnBy, s.endedAt,
                    s.endedBy, s.endReason, s.version);
        }
    }

    @Schema(name = "SubcontractHistoryEntry", description = "One version of a subcontract: the action, who, why, when and the terms it left.")
    public record SubcontractChangeView(long version,
            @Schema(enumeration = { "PROPOSED", "CONFIRMED", "CHANGED", "WITHDRAWN", "ENDED" }) String action,
            String status, Money share, List<String> categories, List<String> areas, LocalDate startDate,
            LocalDate endDate, LocalDate effectiveFrom, String reason, String actor, Instant at) {

        public static SubcontractChangeView of(SubcontractChange c) {
            return new SubcontractChangeView(c.version, c.action, c.status, c.share == null ? null : Money.gbp(c.share),
                    List.of(c.categories), List.of(c.areas), c.startDate, c.endDate, c.effectiveFrom, c.reason, c.actor, c.at);
        }
    }
}
