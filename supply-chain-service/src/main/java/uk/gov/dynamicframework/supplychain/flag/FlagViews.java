package uk.gov.dynamicframework.supplychain.flag;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the flag operations. */
public final class FlagViews {

    private FlagViews() {
    }

    @Schema(name = "SupplyChainFlag", description = "Something a commissioner should look at. Kinds: NO_SUBCONTRACTORS (an "
            + "agreement not yet ended with no proposed or confirmed subcontractor); REPEATED_ORGANISATIONS (a lead "
            + "provider's supply chains have the same organisation in at least the configured number of areas); "
            + "NO_VOLUNTARY_ORGANISATION (an area where no voluntary organisation, lead or subcontractor, delivers a "
            + "category that agreements there cover); SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD (the share of an "
            + "agreement's value subcontracted to small organisations, income under £100k, is below the highest "
            + "threshold its commissioning bodies set); SHARES_EXCEED_VALUE (a variation left the subcontracts' shares "
            + "above the agreement's value). One per kind and subject: resolvedAt is set while the condition no longer "
            + "holds, raisedAt is when it was last raised, and version rises at each resolution and each raising again.")
    public record FlagView(UUID flagId, String kind, String subject, UUID agreementId, UUID leadProviderId, String area,
            String category, List<String> bodyIds, String detail, Instant raisedAt, Instant resolvedAt, long version) {

        static FlagView of(SupplyChainFlag f) {
            return new FlagView(f.id, f.kind.name(), f.subject, f.agreementId, f.leadProviderId, f.area, f.category,
                    List.of(f.bodyIds), f.detail, f.raisedAt, f.resolvedAt, f.version);
        }
    }

    @Schema(name = "SmallOrganisationShareThreshold", description = "The share (0 to 1) of each of the body's agreements' "
            + "value it wants subcontracted to small organisations (income under £100k).",
            examples = "{\"minimumShare\": 0.15}")
    public record ThresholdRequest(@NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4) BigDecimal minimumShare) {
    }

    @Schema(name = "SmallOrganisationShareThresholdView")
    public record ThresholdView(String bodyId, BigDecimal minimumShare, String setBy, Instant setAt, long version) {

        static ThresholdView of(SmallShareThreshold t) {
            return new ThresholdView(t.bodyId, t.minimumShare, t.setBy, t.setAt, t.version);
        }
    }
}
