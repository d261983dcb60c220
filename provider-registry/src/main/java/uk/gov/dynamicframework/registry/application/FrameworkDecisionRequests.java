package uk.gov.dynamicframework.registry.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the framework team sends with each decision. */
public final class FrameworkDecisionRequests {

    private FrameworkDecisionRequests() {
    }

    /** Qualifying or reinstating: a note is optional. */
    @Schema(name = "FrameworkDecisionNote", examples = """
            {"reason": "All criteria evidenced; references checked"}""")
    public record Note(@Size(max = 2000) String reason) {
    }

    /** Rejecting or removing: the reasons are required, and the organisation sees them. */
    @Schema(name = "FrameworkDecisionReasons", examples = """
            {"reason": "No evidence of employer's liability insurance"}""")
    public record Reasons(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Suspending: why, and until when (a date after today). */
    @Schema(name = "FrameworkSuspensionRequest", examples = """
            {"reason": "Safeguarding concern under investigation", "until": "2026-12-31"}""")
    public record Suspension(@NotBlank @Size(max = 2000) String reason, @NotNull LocalDate until) {
    }
}
