package uk.gov.dynamicframework.competition.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * The decision to award a lot to a bid; it becomes active when the standstill period ends, or is cancelled with the
 * competition. Its state changes only through the transition methods below.
 */
@Entity
@Table(name = "award")
public class Award extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "competition_id", nullable = false)
    public UUID competitionId;

    @Column(name = "lot_id", nullable = false)
    public UUID lotId;

    @Column(name = "bid_id", nullable = false)
    public UUID bidId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardStatus status;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "awarded_at")
    public Instant awardedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The decision to award {@code lotId} to {@code bidId} at {@code value}; it waits for the end of standstill. */
    public static Award decided(UUID competitionId, UUID lotId, UUID bidId, UUID organisationId, BigDecimal value,
            Instant now, String actor) {
        Award a = new Award();
        a.id = UUID.randomUUID();
        a.competitionId = competitionId;
        a.lotId = lotId;
        a.bidId = bidId;
        a.organisationId = organisationId;
        a.value = value;
        a.status = AwardStatus.PENDING_STANDSTILL;
        a.decidedAt = now;
        a.decidedBy = actor;
        return a;
    }

    /** Made at the end of standstill. */
    public void activate(Instant now) {
        move(AwardStatus.ACTIVE);
        awardedAt = now;
    }

    public void cancel(Instant now, String actor, String reason) {
        move(AwardStatus.CANCELLED);
        cancelledAt = now;
        cancelledBy = actor;
        cancelReason = reason;
    }

    private void move(AwardStatus to) {
        if (!status.next().contains(to)) {
            throw ApiException.conflict("An award that is " + status + " cannot become " + to)
                    .with("status", status).with("allowed", status.next());
        }
        status = to;
    }

    public static List<Award> of(UUID competitionId) {
        return list("competitionId = ?1 order by decidedAt, id", competitionId);
    }
}
