package uk.gov.dynamicframework.registry.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of an organisation's history: who did what, when, why, and which fields changed from what to what. */
@Entity
@Table(name = "organisation_change")
public class OrganisationChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, FieldChange> changes;

    public record FieldChange(Object from, Object to) {
    }

    public static OrganisationChange record(UUID organisationId, Instant at, String actor, String action, String reason,
            Map<String, FieldChange> changes) {
        OrganisationChange change = new OrganisationChange();
        change.organisationId = organisationId;
        change.at = at;
        change.actor = actor;
        change.action = action;
        change.reason = reason;
        change.changes = changes;
        change.persist();
        return change;
    }
}
