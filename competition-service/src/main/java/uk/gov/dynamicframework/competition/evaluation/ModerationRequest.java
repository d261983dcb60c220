package uk.gov.dynamicframework.competition.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The final scores agreed at moderation, and why. */
@Schema(name = "ModerationRequest", examples = """
        {"scores": {"Q1": 70, "SV": 55}, "passFail": {"SAFEGUARDING": true},
         "rationale": "Agreed at the moderation meeting of 3 February"}""")
public record ModerationRequest(
        @NotNull Map<String, @NotNull @Min(0) @Max(100) Integer> scores,
        Map<String, @NotNull Boolean> passFail,
        @NotBlank @Size(max = 4000) String rationale) {
}
