package uk.gov.dynamicframework.contract.calloff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * An order another commissioner places against an agreement's rate card. Each line keeps the item's price as it was
 * when ordered. Its status changes only through {@link #cancel}.
 */
@Entity
@Table(name = "call_off_order")
public class CallOffOrder extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;
    @Column(name = "purchase_reference", nullable = false)
    public String purchaseReference;
    @Column(name = "ordering_body_id", nullable = false)
    public String orderingBodyId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Line> lines = new ArrayList<>();
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal total;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CallOffStatus status;
    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;
    @Column(name = "placed_by", nullable = false)
    public String placedBy;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "cancelled_by")
    public String cancelledBy;
    @Column(name = "cancellation_reason")
    public String cancellationReason;
    @Version
    public long version;

    /** A line: a rate-card item (copied as it was) times a quantity. */
    public record Line(UUID itemId, String category, String description, String unit, String complexity,
            BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
    }

    /** What {@link #committed} gives for each of the agreements, in one statement (a page of a list). */
    public static Map<UUID, BigDecimal> committed(Collection<UUID> agreementIds) {
        Map<UUID, BigDecimal> committed = new HashMap<>();
        agreementIds.forEach(id -> committed.put(id, BigDecimal.ZERO.setScale(2)));
        if (!agreementIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = getEntityManager().createNativeQuery("""
                    select agreement_id, sum(total) from call_off_order
                    where agreement_id in (:ids) and status = 'PLACED' group by agreement_id""")
                    .setParameter("ids", agreementIds).getResultList();
            rows.forEach(r -> committed.put((UUID) r[0], new BigDecimal(r[1].toString()).setScale(2)));
        }
        return committed;
    }

    /** What placed orders commit against the agreement (read under the agreement's row lock when it matters). */
    public static BigDecimal committed(UUID agreementId) {
        return committed(List.of(agreementId)).get(agreementId);
    }

    public void cancel(Instant now, String actor, String reason) {
        if (!status.next().contains(CallOffStatus.CANCELLED)) {
            throw ApiException.conflict("A call-off order that is " + status + " cannot be cancelled").with("status", status);
        }
        status = CallOffStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = actor;
        cancellationReason = reason;
    }
}
