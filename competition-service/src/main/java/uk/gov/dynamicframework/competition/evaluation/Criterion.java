package uk.gov.dynamicframework.competition.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A weighted award criterion; quality and social value criteria carry the question bidders answer. */
@Schema(name = "CompetitionCriterion", examples = """
        {"code": "Q1", "kind": "QUALITY", "weight": 50, "question": "How will you support women with complex needs?"}""")
public record Criterion(
        @NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,20}", message = "must be 1-20 capitals, digits, _ or -") String code,
        @NotNull CriterionKind kind,
        @Min(1) @Max(100) int weight,
        @Size(max = 2000) String question) {
}
