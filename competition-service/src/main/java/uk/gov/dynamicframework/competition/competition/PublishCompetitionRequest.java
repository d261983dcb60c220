package uk.gov.dynamicframework.competition.competition;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Publishing a competition. Lots with fewer than three eligible providers need {@code overrideLowEligibility} and its
 * reason; periods shorter than the framework's minimums need {@code overrideShortTimeline} and its reason.
 */
@Schema(name = "PublishCompetitionRequest", examples = """
        {"overrideLowEligibility": true, "overrideReason": "Specialist service: only two providers offer it in the area",
         "overrideShortTimeline": true,
         "timelineOverrideReason": "Urgent: the current provider went into administration; services must continue"}""")
public record PublishCompetitionRequest(Boolean overrideLowEligibility, @Size(max = 1000) String overrideReason,
        Boolean overrideShortTimeline, @Size(max = 1000) String timelineOverrideReason) {
}
