package uk.gov.dynamicframework.supplychain.subcontract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.reference.KnownCode;
import uk.gov.dynamicframework.platform.reference.KnownCode.Kind;

/** Request bodies of the supply-chain operations. */
public final class SubcontractRequests {

    private SubcontractRequests() {
    }

    @Schema(name = "SubcontractRequest", description = "A subcontract the lead provider proposes: a registered organisation, "
            + "the agreement's categories and areas it delivers (a region means all its areas), its share of the "
            + "agreement's value and its dates within the agreement's.", examples = """
            {"organisationId": "6f1c2a7e-3b9d-4f6a-8c2e-1d5b7a9e0c43", "categories": ["ACCOMMODATION"],
             "areas": ["W15000003"], "share": {"amount": 120000.00, "currency": "GBP"},
             "startDate": "2021-06-26", "endDate": "2025-03-31", "reason": "Specialist housing for women in Cardiff"}""")
    public record NewSubcontract(
            @NotNull UUID organisationId,
            @NotEmpty @Size(max = 20) List<@NotNull @KnownCode(Kind.CATEGORY) String> categories,
            @NotEmpty @Size(max = 60) List<@NotNull @KnownCode(Kind.AREA_OR_REGION) String> areas,
            @NotNull @Valid Money share,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @Size(max = 2000) String reason) {
    }

    @Schema(name = "SubcontractChangeRequest", description = "The subcontract's terms as they become (every field), "
            + "from effectiveFrom (default: today; a date on or before the start date changes the whole period), and why.",
            examples = """
            {"categories": ["ACCOMMODATION"], "areas": ["W15000003"], "share": {"amount": 90000.00, "currency": "GBP"},
             "startDate": "2021-06-26", "endDate": "2025-03-31", "effectiveFrom": "2023-04-01",
             "reason": "Fewer referrals in Cardiff"}""")
    public record SubcontractChangeRequest(
            @NotEmpty @Size(max = 20) List<@NotNull @KnownCode(Kind.CATEGORY) String> categories,
            @NotEmpty @Size(max = 60) List<@NotNull @KnownCode(Kind.AREA_OR_REGION) String> areas,
            @NotNull @Valid Money share,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            LocalDate effectiveFrom,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "SubcontractConfirmation", description = "Why the subcontract is confirmed (optional).",
            examples = "{\"reason\": \"Contract signed\"}")
    public record Confirmation(@Size(max = 2000) String reason) {
    }

    @Schema(name = "SubcontractWithdrawal", description = "Why a proposed subcontract will not go ahead.",
            examples = "{\"reason\": \"The partner could not mobilise in time\"}")
    public record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "SubcontractEnding", description = "The last day of a confirmed subcontract (default: today) and why.",
            examples = "{\"endDate\": \"2024-03-31\", \"reason\": \"Service brought in house\"}")
    public record Ending(LocalDate endDate, @NotBlank @Size(max = 2000) String reason) {
    }
}
