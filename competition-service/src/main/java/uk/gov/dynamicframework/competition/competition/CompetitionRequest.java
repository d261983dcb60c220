package uk.gov.dynamicframework.competition.competition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.competition.evaluation.Criterion;
import uk.gov.dynamicframework.competition.evaluation.PassFailRequirement;
import uk.gov.dynamicframework.competition.lot.LotRequest;
import uk.gov.dynamicframework.platform.money.Money;

/** A draft competition; the caller's commissioning body owns it, co-commissioners contribute to the budget. */
@Schema(name = "CompetitionRequest", examples = """
        {"title": "Women's services in the South West", "description": "Two lots, co-commissioned with the PCC",
         "ownerBudget": {"amount": 300000.00, "currency": "GBP"},
         "coCommissioners": [{"bodyCode": "PCC-DEVON-CORNWALL", "budget": {"amount": 100000.00, "currency": "GBP"}}],
         "clarificationDeadline": "2027-01-15T17:00:00Z", "submissionDeadline": "2027-01-31T12:00:00Z",
         "evaluationEndsOn": "2027-02-20", "standstillDays": 10, "expectedAwardOn": "2027-03-05",
         "criteria": [{"code": "Q1", "kind": "QUALITY", "weight": 60, "question": "How will you deliver?"},
                      {"code": "P", "kind": "PRICE", "weight": 30},
                      {"code": "SV", "kind": "SOCIAL_VALUE", "weight": 10, "question": "What social value will you add?"}],
         "passFailRequirements": [{"code": "SAFEGUARDING", "description": "Safeguarding policy in place"}],
         "lots": [{"title": "Accommodation, Devon and Cornwall", "category": "ACCOMMODATION", "areas": ["E23000035"],
                   "maxValue": {"amount": 250000.00, "currency": "GBP"}, "contractStart": "2027-04-01",
                   "contractEnd": "2029-03-31"}]}""")
public record CompetitionRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        UUID opportunityId,
        @NotNull @Valid Money ownerBudget,
        @Size(max = 10) List<@NotNull @Valid CoCommissioner> coCommissioners,
        @NotNull Instant clarificationDeadline,
        @NotNull Instant submissionDeadline,
        LocalDate evaluationEndsOn,
        @Min(0) @Max(60) Integer standstillDays,
        LocalDate expectedAwardOn,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Criterion> criteria,
        @Size(max = 20) List<@NotNull @Valid PassFailRequirement> passFailRequirements,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid LotRequest> lots) {

    /** Another commissioning body sharing the competition, and what it contributes. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionCoCommissioner")
    public record CoCommissioner(@NotBlank String bodyCode, @NotNull @Valid Money budget) {
    }
}
