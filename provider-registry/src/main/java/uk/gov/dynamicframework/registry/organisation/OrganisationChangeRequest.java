package uk.gov.dynamicframework.registry.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.registry.organisation.OrganisationChange.FieldChange;

/**
 * A qualified organisation's requested change to its reviewed declarations, held for the framework team. The
 * transitions are the methods below; each checks it is allowed and records who, when and why.
 */
@Entity
@Table(name = "organisation_change_request")
public class OrganisationChangeRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeRequestStatus status;

    /** The values asked for; only the fields named in {@link #changes} are applied on approval. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public ReviewedValues proposed;

    /** Each held field, from its approved value to the value asked for. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, FieldChange> changes;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    public String reason;

    @Version
    public long version;

    public static OrganisationChangeRequest request(UUID organisationId, ReviewedValues proposed,
            Map<String, FieldChange> changes, String by, Instant at) {
        OrganisationChangeRequest request = new OrganisationChangeRequest();
        request.id = UUID.randomUUID();
        request.organisationId = organisationId;
        request.status = ChangeRequestStatus.PENDING;
        request.proposed = proposed;
        request.changes = changes;
        request.requestedBy = by;
        request.requestedAt = at;
        return request;
    }

    public static Optional<OrganisationChangeRequest> pendingOf(UUID organisationId) {
        return find("organisationId = ?1 and status = ?2", organisationId, ChangeRequestStatus.PENDING)
                .firstResultOptional();
    }

    public void approve(String reason, String by, Instant at) {
        move(ChangeRequestStatus.APPROVED, reason, by, at);
    }

    public void reject(String reason, String by, Instant at) {
        move(ChangeRequestStatus.REJECTED, reason, by, at);
    }

    /** Replaced by a newer request of the organisation, or the organisation went back to the approved values. */
    public void withdraw(String by, Instant at) {
        move(ChangeRequestStatus.WITHDRAWN, null, by, at);
    }

    private void move(ChangeRequestStatus to, String why, String by, Instant at) {
        if (!status.next().contains(to)) {
            throw ApiException.conflict("A change request that is " + status + " cannot become " + to)
                    .with("status", status).with("allowedNext", status.next());
        }
        status = to;
        reason = why;
        decidedBy = by;
        decidedAt = at;
    }
}
