package uk.gov.dynamicframework.supplychain.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.money.Money;

/**
 * The diversity of the supply chains of the agreements in a scope, as at a date. Every figure's definition is its
 * schema description, published in the OpenAPI document.
 */
@Schema(name = "DiversityFigures", description = "Who delivers the agreements in scope, as at a date. Definitions used "
        + "throughout: an agreement counts when the date is within its start and end dates (with the value and scope "
        + "it had on that date, variations taking effect from their date); a subcontractor counts when its subcontract "
        + "was confirmed and the date is within the subcontract's dates (with the share it had on that date); proposed "
        + "and withdrawn subcontracts do not count. An organisation's attributes are those the registry gave it on that "
        + "date (the earliest known before it was first heard of). Voluntary = sector VOLUNTARY_AND_COMMUNITY; small = "
        + "income band UNDER_100K (< £100k); large = FROM_1M_TO_10M or OVER_10M (> £1m); led by and for racially "
        + "minoritised people, Welsh and women's specialist = the registry's characteristics of those names. Shares "
        + "are fractions from 0 to 1, to 4 decimals, null when the denominator is 0.")
public record DiversityFigures(
        @Schema(description = "What the figures cover") Scope scope,
        @Schema(description = "The date the figures are for (today unless asAt was given)") LocalDate asAt,
        @Schema(description = "Agreements in scope in force on the date") long agreements,
        @Schema(description = "Sum of the values of those agreements") Money agreementsValue,
        @Schema(description = "Agreements whose lead provider is voluntary") long agreementsWithVoluntaryLead,
        @Schema(description = "Lead providers: distinct organisations leading the agreements") OrganisationFigures leadProviders,
        @Schema(description = "Subcontractors: distinct organisations with a counted subcontract in the agreements") OrganisationFigures subcontractors,
        @Schema(description = "Organisations in the supply chains: distinct lead providers and subcontractors together") OrganisationFigures supplyChainOrganisations,
        @Schema(description = "Sum of the counted subcontracts' shares") Money valueToSubcontractors,
        @Schema(description = "valueToSubcontractors / agreementsValue") BigDecimal shareOfValueToSubcontractors,
        @Schema(description = "Sum of the shares of counted subcontracts held by voluntary organisations") Money subcontractedValueToVoluntary,
        @Schema(description = "subcontractedValueToVoluntary / valueToSubcontractors") BigDecimal shareOfSubcontractedValueToVoluntary,
        @Schema(description = "Sum of the shares of counted subcontracts held by small organisations") Money subcontractedValueToSmall,
        @Schema(description = "subcontractedValueToSmall / valueToSubcontractors") BigDecimal shareOfSubcontractedValueToSmall,
        @Schema(description = "Agreements with no counted subcontractor") long agreementsWithNoSubcontractors,
        @Schema(description = "Agreements with exactly one or two counted subcontractors") long agreementsWithOneOrTwoSubcontractors,
        @Schema(description = "Welsh organisations in agreements delivered in Wales") Wales wales,
        @Schema(description = "Organisations whose counted subcontracts cover at least minAreas police force areas") ManyAreas organisationsInManyAreas) {

    @Schema(name = "DiversityScope")
    public record Scope(
            @Schema(enumeration = { "NATIONAL", "AGREEMENT", "AREA", "REGION", "CATEGORY", "CONTRACT_TYPE" }) String kind,
            @Schema(description = "The agreement id, GSS area code, region, category or contract type code; null nationally") String code) {
    }

    @Schema(name = "DiversityOrganisationFigures", description = "Counts of distinct organisations and the share of the group's count each is")
    public record OrganisationFigures(
            @Schema(description = "Distinct organisations in the group") long count,
            @Schema(description = "Of them, voluntary (sector VOLUNTARY_AND_COMMUNITY)") long voluntary,
            @Schema(description = "voluntary / count") BigDecimal voluntaryShare,
            @Schema(description = "Of them, small (income under £100k)") long small,
            @Schema(description = "small / count") BigDecimal smallShare,
            @Schema(description = "Of them, large (income over £1m)") long large,
            @Schema(description = "large / count") BigDecimal largeShare,
            @Schema(description = "Of them, led by and for racially minoritised people") long ledByAndForRaciallyMinoritised,
            @Schema(description = "ledByAndForRaciallyMinoritised / count") BigDecimal ledByAndForRaciallyMinoritisedShare,
            @Schema(description = "Of them, Welsh organisations") long welsh,
            @Schema(description = "welsh / count") BigDecimal welshShare,
            @Schema(description = "Of them, women's specialist organisations") long womensSpecialist,
            @Schema(description = "womensSpecialist / count") BigDecimal womensSpecialistShare) {
    }

    @Schema(name = "DiversityWales")
    public record Wales(
            @Schema(description = "Agreements in scope delivered in Wales (region WA or a Welsh police force area)") long agreementsDeliveredInWales,
            @Schema(description = "Distinct Welsh organisations leading agreements delivered in Wales") long welshLeadProviders,
            @Schema(description = "Distinct Welsh organisations subcontracted in agreements delivered in Wales") long welshSubcontractors) {
    }

    @Schema(name = "DiversityManyAreas", description = "Organisations in many areas' supply chains: a sign of little local involvement")
    public record ManyAreas(
            @Schema(description = "minAreas: the number of distinct police force areas from which an organisation counts") int threshold,
            @Schema(description = "How many subcontractors' counted subcontracts cover at least threshold distinct areas") long count,
            @Schema(description = "Those organisations, most areas first") List<OrganisationAreas> organisations) {
    }

    @Schema(name = "DiversityOrganisationAreas")
    public record OrganisationAreas(UUID organisationId, String name,
            @Schema(description = "Distinct police force areas of its counted subcontracts in scope") long areas) {
    }
}
