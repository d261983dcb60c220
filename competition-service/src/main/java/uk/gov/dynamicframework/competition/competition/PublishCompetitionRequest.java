package uk.gov.dynamicframework.competition.competition;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Publishing a competition; lots with fewer than three eligible providers need an override and its reason. */
@Schema(name = "PublishCompetitionRequest", examples = """
        {"overrideLowEligibility": true, "overrideReason": "Specialist service: only two providers offer it in the area"}""")
public record PublishCompetitionRequest(Boolean overrideLowEligibility, @Size(max = 1000) String overrideReason) {
}
