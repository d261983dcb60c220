package uk.gov.dynamicframework.competition.lot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.reference.KnownCode;

/** A lot: a category in police force areas or a whole region, with its maximum value. */
@Schema(name = "LotRequest", examples = """
        {"title": "Women's accommodation support, Devon and Cornwall", "category": "ACCOMMODATION",
         "areas": ["E23000035"], "maxValue": {"amount": 250000.00, "currency": "GBP"}, "fundingMechanism": "GRANT",
         "contractStart": "2027-04-01", "contractEnd": "2029-03-31", "contractType": "WOS",
         "eligiblePopulation": ["WOMEN"], "complexityLevels": ["MEDIUM", "HIGH"],
         "requirements": ["Experience of supporting women on probation"]}""")
public record LotRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @KnownCode(KnownCode.Kind.CATEGORY) String category,
        @Size(max = 50) List<@NotBlank @KnownCode(KnownCode.Kind.AREA) String> areas,
        @KnownCode(KnownCode.Kind.REGION) String regionCode,
        @NotNull @Valid Money maxValue,
        FundingMechanism fundingMechanism,
        @NotNull LocalDate contractStart,
        @NotNull LocalDate contractEnd,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> requirements,
        @Valid Money minimumIncome,
        @Schema(description = "A contract-type code of the framework's reference data (ACC, ETE, PWB, WOS, FBD, DNR)")
        @NotBlank @KnownCode(KnownCode.Kind.CONTRACT_TYPE) String contractType,
        @Schema(description = "Who may be served; ANY (the default) alone, or one or more groups")
        @Size(min = 1, max = 10) List<@NotNull EligiblePopulation> eligiblePopulation,
        @Schema(description = "Complexity levels offered, at least one; all three when absent")
        @Size(min = 1, max = 3) List<@NotNull ComplexityLevel> complexityLevels) {
}
