package uk.gov.dynamicframework.competition.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Scores in percent (0-100) for each quality and social value criterion, and pass/fail for each requirement. */
@Schema(name = "ScoreRequest", examples = """
        {"scores": {"Q1": 70, "SV": 60}, "passFail": {"SAFEGUARDING": true}, "comment": "Strong local partnerships"}""")
public record ScoreRequest(
        @NotNull Map<String, @NotNull @Min(0) @Max(100) Integer> scores,
        Map<String, @NotNull Boolean> passFail,
        @Size(max = 4000) String comment) {
}
