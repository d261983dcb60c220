package uk.gov.dynamicframework.contract.agreement;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.AREA;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.CATEGORY;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.CONTRACT_TYPE;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.REGION;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.Contact;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.reference.KnownCode;

/** Request bodies of the agreement endpoints. */
public final class AgreementRequests {

    private AgreementRequests() {
    }

    /** The service levels a provider offers on an agreement and prices on its rate card. */
    public enum Complexity {
        LOW, MEDIUM, HIGH
    }

    public enum BodyRole {
        OWNER, CO_COMMISSIONER
    }

    /** An agreement let outside the platform (such as the 2021 round), recorded by the framework team. */
    @Schema(name = "RecordAgreementRequest", examples = """
            {"kind": "CONTRACT", "title": "Accommodation services, North East (2021 round)",
             "leadProvider": {"organisationId": "0b9f6c1e-3c2d-4e5f-9a8b-7c6d5e4f3a2b", "name": "Safe Homes North",
                              "legalIdentifiers": ["GB-CHC-1123456"]},
             "commissioningBodies": [{"bodyId": "NE-RPD", "name": "North East Regional Probation Director",
                                      "role": "OWNER", "share": {"amount": 2400000.00, "currency": "GBP"}}],
             "contractType": "ACC", "categories": ["ACCOMMODATION"], "regionCode": "NE",
             "value": {"amount": 2400000.00, "currency": "GBP"}, "startDate": "2021-06-26", "endDate": "2025-03-31",
             "eligiblePopulation": ["ADULTS_ON_PROBATION"], "complexityLevels": ["LOW", "MEDIUM", "HIGH"],
             "published": true}""")
    public record RecordAgreementRequest(
            @NotNull AgreementKind kind,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 5000) String description,
            @Pattern(regexp = "ocds-[a-z0-9]{6}-[A-Za-z0-9-]{1,100}", message = "must be an OCDS ocid") String ocid,
            @NotNull @Valid LeadProviderRequest leadProvider,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid BodyShareRequest> commissioningBodies,
            @KnownCode(CONTRACT_TYPE) String contractType,
            @NotEmpty @Size(max = 20) List<@NotNull @KnownCode(CATEGORY) String> categories,
            @KnownCode(REGION) String regionCode,
            @Size(max = 60) List<@NotNull @KnownCode(AREA) String> areas,
            @NotNull @Valid Money value,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> eligiblePopulation,
            @Size(max = 3) List<@NotNull Complexity> complexityLevels,
            @Size(max = 100) List<@NotNull @Valid SupplyChainPartnerRequest> proposedSupplyChain,
            @Valid GrantTerms grantTerms,
            Boolean published,
            @Size(max = 4) List<@NotNull ConfidentialField> confidentialFields,
            @Size(max = 10) List<@NotNull @Valid Contact> contacts) {
    }

    @Schema(name = "AgreementLeadProviderRequest")
    public record LeadProviderRequest(@NotNull UUID organisationId, @NotBlank @Size(max = 300) String name,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> legalIdentifiers) {
    }

    @Schema(name = "AgreementBodyShareRequest")
    public record BodyShareRequest(@NotBlank @Size(max = 60) String bodyId, @NotBlank @Size(max = 300) String name,
            @Size(max = 60) String kind, @NotNull BodyRole role, @Valid Money share) {
    }

    @Schema(name = "AgreementSupplyChainPartnerRequest")
    public record SupplyChainPartnerRequest(@NotNull UUID organisationId, @NotBlank @Size(max = 300) String name,
            @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal sharePercent) {
    }

    /** A decision about the agreement's state: suspension, reinstatement or termination. */
    @Schema(name = "AgreementDecisionRequest", examples = """
            {"rationale": "Safeguarding concerns under investigation", "effectiveDate": "2026-07-01"}""")
    public record DecisionRequest(@NotBlank @Size(max = 5000) String rationale, LocalDate effectiveDate) {
    }

    /** A variation of value, dates or scope; only the members sent change. */
    @Schema(name = "AgreementVariationRequest", examples = """
            {"rationale": "Demand in Durham doubled; PCC co-funds the extra places", "effectiveDate": "2026-09-01",
             "value": {"amount": 2600000.00, "currency": "GBP"}, "areas": ["E23000007", "E23000008"]}""")
    public record VariationRequest(
            @NotBlank @Size(max = 5000) String rationale,
            @NotNull LocalDate effectiveDate,
            @Valid Money value,
            LocalDate startDate,
            LocalDate endDate,
            @Size(min = 1, max = 20) List<@NotNull @KnownCode(CATEGORY) String> categories,
            @Size(min = 1, max = 60) List<@NotNull @KnownCode(AREA) String> areas) {
    }

    @Schema(name = "AgreementExtensionRequest", examples = """
            {"rationale": "Re-commissioning delayed; extension keeps the service running", "effectiveDate": "2026-09-01",
             "newEndDate": "2027-03-31", "additionalValue": {"amount": 300000.00, "currency": "GBP"}}""")
    public record ExtensionRequest(
            @NotBlank @Size(max = 5000) String rationale,
            @NotNull LocalDate effectiveDate,
            @NotNull LocalDate newEndDate,
            @Valid Money additionalValue) {
    }

    /** What the public sees: whether the agreement is published, which commercial detail is withheld, and contacts. */
    @Schema(name = "AgreementDisclosureRequest", examples = """
            {"published": true, "confidentialFields": ["RATE_CARD_PRICES"],
             "contacts": [{"name": "Sam Patel", "email": "sam.patel@example.gov.uk"}]}""")
    public record DisclosureRequest(
            @NotNull Boolean published,
            @NotNull @Size(max = 4) List<@NotNull ConfidentialField> confidentialFields,
            @Size(max = 10) List<@NotNull @Valid Contact> contacts) {
    }
}
