package uk.gov.dynamicframework.registry.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application with its declarations and evidence: for the organisation itself, the framework team and auditors. */
@Schema(name = "FrameworkApplicationView")
public record FrameworkApplicationView(
        UUID id,
        UUID organisationId,
        ApplicationStatus status,
        SelectionCriteria criteria,
        Instant submittedAt,
        String submittedBy,
        LocalDate suspendedUntil,
        List<FrameworkDecisionView> decisions,
        Instant updatedAt,
        long version) {

    @Schema(name = "FrameworkDecisionView")
    public record FrameworkDecisionView(FrameworkDecision.Action action, ApplicationStatus from, ApplicationStatus to,
            String reason, LocalDate until, String decidedBy, Instant decidedAt) {
    }

    public static FrameworkApplicationView of(FrameworkApplication a) {
        return new FrameworkApplicationView(a.id, a.organisationId, a.status, a.criteria, a.submittedAt, a.submittedBy,
                a.suspendedUntil, a.decisions.stream().map(d -> new FrameworkDecisionView(d.action, d.from, d.to,
                        d.reason, d.until, d.decidedBy, d.decidedAt)).toList(), a.updatedAt, a.version);
    }
}
