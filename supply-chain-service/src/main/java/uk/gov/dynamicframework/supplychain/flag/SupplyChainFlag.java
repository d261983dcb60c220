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

/**
 * A flag for its kind and subject, one row however often its condition comes and goes: open while the condition holds,
 * resolved when it stops holding ({@link #resolve}), raised again if it comes back ({@link #raiseAgain}). Each change
 * is a new version; the service publishes each (FlagService).
 */
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

    /** When it was last raised (first raised, or raised again). */
    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    /** Null while open. */
    @Column(name = "resolved_at")
    public Instant resolvedAt;

    /** 1 when first raised; one more at each resolution and each raising again. */
    @Column(nullable = false)
    public long version;

    public boolean isOpen() {
        return resolvedAt == null;
    }

    /** Open to resolved: the condition no longer holds. */
    void resolve(Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("Flag " + id + " is resolved already");
        }
        resolvedAt = at;
        version++;
    }

    /** Resolved to open: the condition holds again, as {@code newDetail} says, for the bodies who should act now. */
    void raiseAgain(Instant at, String newDetail, String[] newBodyIds) {
        if (isOpen()) {
            throw new IllegalStateException("Flag " + id + " is open already");
        }
        resolvedAt = null;
        raisedAt = at;
        detail = newDetail;
        bodyIds = newBodyIds;
        version++;
    }
}
