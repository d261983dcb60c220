package uk.gov.dynamicframework.contract.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One line of an agreement's audit trail (same shape as competition-service's, plus the role the actor acted in and
 * the reason); written in the transaction of what it records, never changed.
 */
@Entity
@Table(name = "agreement_audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    public UUID agreementId;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false)
    public String actor;

    /** The capacity the actor acted in on this agreement (see {@code AgreementAccess.roleOn}). */
    @Column(name = "actor_role", nullable = false, updatable = false)
    public String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AuditAction action;

    /** What it was about when not the agreement itself: a call-off order, a commissioning body. */
    @Column(updatable = false)
    public String subject;

    @Column(updatable = false)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false, updatable = false)
    public Map<String, Object> details = new LinkedHashMap<>();
}
