package uk.gov.dynamicframework.competition.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A requirement a bid must pass to be ranked at all (for example safeguarding policy in place). */
@Schema(name = "CompetitionPassFailRequirement", examples = """
        {"code": "SAFEGUARDING", "description": "A safeguarding policy reviewed in the last 12 months"}""")
public record PassFailRequirement(
        @NotBlank @Pattern(regexp = "[A-Z0-9_-]{1,30}", message = "must be 1-30 capitals, digits, _ or -") String code,
        @NotBlank @Size(max = 1000) String description) {
}
