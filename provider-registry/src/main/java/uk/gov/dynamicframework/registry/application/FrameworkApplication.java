package uk.gov.dynamicframework.registry.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.registry.application.FrameworkDecision.Action;

/**
 * An organisation's application to join the framework, and the framework team's decisions on it. The transitions
 * are the methods below; each checks it is allowed from the current status and records who, when and why.
 */
@Entity
@Table(name = "framework_application")
public class FrameworkApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public SelectionCriteria criteria;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "suspended_until")
    public LocalDate suspendedUntil;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "framework_decision", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("decidedAt")
    public List<FrameworkDecision> decisions = new ArrayList<>();

    @Version
    public long version;

    public static FrameworkApplication submit(UUID organisationId, SelectionCriteria criteria, String by, Instant at) {
        FrameworkApplication application = new FrameworkApplication();
        application.id = UUID.randomUUID();
        application.organisationId = organisationId;
        application.status = ApplicationStatus.SUBMITTED;
        application.criteria = criteria;
        application.submittedAt = at;
        application.submittedBy = by;
        application.updatedAt = at;
        return application;
    }

    public static Optional<FrameworkApplication> liveOf(UUID organisationId) {
        return find("organisationId = ?1 and status in ?2", organisationId, ApplicationStatus.LIVE).firstResultOptional();
    }

    /** Qualifies the organisation: only a submitted application whose every criterion is declared met. */
    public FrameworkDecision qualify(String reason, String by, Instant at) {
        require(Action.QUALIFIED, Set.of(ApplicationStatus.SUBMITTED));
        List<String> unmet = criteria.unmet();
        if (!unmet.isEmpty()) {
            throw ApiException.rule("selection-criteria-not-met", "The application does not declare every selection "
                    + "criterion met (" + String.join(", ", unmet) + "); reject it instead").with("unmetCriteria", unmet);
        }
        return decide(Action.QUALIFIED, ApplicationStatus.QUALIFIED, reason, null, by, at);
    }

    public FrameworkDecision reject(String reason, String by, Instant at) {
        require(Action.REJECTED, Set.of(ApplicationStatus.SUBMITTED));
        return decide(Action.REJECTED, ApplicationStatus.REJECTED, reason, null, by, at);
    }

    /** Suspends a qualified provider until a date after today: its offers stop being public and counting. */
    public FrameworkDecision suspend(String reason, LocalDate until, String by, Instant at) {
        require(Action.SUSPENDED, Set.of(ApplicationStatus.QUALIFIED));
        if (!until.isAfter(LocalDate.ofInstant(at, ZoneOffset.UTC))) {
            throw ApiException.invalid("until", "must be after today (" + LocalDate.ofInstant(at, ZoneOffset.UTC) + ")");
        }
        suspendedUntil = until;
        return decide(Action.SUSPENDED, ApplicationStatus.SUSPENDED, reason, until, by, at);
    }

    public FrameworkDecision reinstate(String reason, String by, Instant at) {
        require(Action.REINSTATED, Set.of(ApplicationStatus.SUSPENDED));
        suspendedUntil = null;
        return decide(Action.REINSTATED, ApplicationStatus.QUALIFIED, reason, null, by, at);
    }

    public FrameworkDecision remove(String reason, String by, Instant at) {
        require(Action.REMOVED, Set.of(ApplicationStatus.QUALIFIED, ApplicationStatus.SUSPENDED));
        suspendedUntil = null;
        return decide(Action.REMOVED, ApplicationStatus.REMOVED, reason, null, by, at);
    }

    private void require(Action action, Set<ApplicationStatus> allowedFrom) {
        if (!allowedFrom.contains(status)) {
            throw ApiException.conflict("An application that is " + status + " cannot be " + action
                    + "; allowed only from " + allowedFrom).with("status", status).with("allowedFrom", allowedFrom);
        }
    }

    private FrameworkDecision decide(Action action, ApplicationStatus to, String reason, LocalDate until, String by,
            Instant at) {
        FrameworkDecision decision = new FrameworkDecision(action, status, to, reason, until, by, at);
        decisions.add(decision);
        status = to;
        updatedAt = at;
        return decision;
    }
}
