package uk.gov.dynamicframework.competition.clarification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of clarifications. */
public final class ClarificationRequests {

    private ClarificationRequests() {
    }

    @Schema(name = "ClarificationQuestionRequest", examples = "{\"question\": \"Can the service start in May rather than April?\"}")
    public record ClarificationQuestionRequest(@NotBlank @Size(max = 4000) String question) {
    }

    /** The answer; the question may be reworded so it does not identify who asked. */
    @Schema(name = "ClarificationAnswerRequest", examples = """
            {"answer": "Yes: a start in May is acceptable.", "question": "Can the service start later than April?"}""")
    public record ClarificationAnswerRequest(@NotBlank @Size(max = 8000) String answer, @Size(max = 4000) String question) {
    }

    /** A clarification; {@code askedByOrganisationId} is shown only to the asker and the framework team. */
    public record ClarificationView(UUID id, UUID competitionId, String question, String answer, Instant askedAt,
            Instant answeredAt, UUID askedByOrganisationId) {
    }
}
