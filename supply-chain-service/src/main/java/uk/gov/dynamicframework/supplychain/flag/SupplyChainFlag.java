package uk.gov.dynamicframework.supplychain.flag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A flag raised once for its kind and subject; resolved (and re-opened, without a new event) as its condition changes. */
@Entity
@Table(name = "supply_chain_flag")
public class SupplyChainFlag extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FlagKind kind;

    @Column(nullable = false)
    public String subject;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "lead_provider_id")
    public UUID leadProviderId;

    public String area;

    public String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "body_ids", nullable = false)
    public String[] bodyIds = new String[0];

    @Column(nullable = false)
    public String detail;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
