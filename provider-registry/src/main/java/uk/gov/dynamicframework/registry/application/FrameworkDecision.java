package uk.gov.dynamicframework.registry.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One decision of the framework team on an application, kept for good: who, when, why, from what to what. */
@Embeddable
public class FrameworkDecision {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public ApplicationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ApplicationStatus to;

    public String reason;

    public LocalDate until;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Schema(name = "FrameworkDecisionAction")
    public enum Action { QUALIFIED, REJECTED, SUSPENDED, REINSTATED, REMOVED }

    protected FrameworkDecision() {
    }

    FrameworkDecision(Action action, ApplicationStatus from, ApplicationStatus to, String reason, LocalDate until,
            String decidedBy, Instant decidedAt) {
        this.action = action;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.until = until;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
