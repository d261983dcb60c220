package uk.gov.dynamicframework.competition.competition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a competition is cancelled; published with the cancellation. */
@Schema(name = "CancelCompetitionRequest", examples = "{\"reason\": \"Funding withdrawn by the co-commissioner\"}")
public record CancelCompetitionRequest(@NotBlank @Size(max = 1000) String reason) {
}
