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

/** The decision to award a lot to a bid; it becomes active when the standstill period ends. */
@Entity
@Table(name = "award")
public class Award extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AwardStatus")
    public enum Status { PENDING_STANDSTILL, ACTIVE, CANCELLED }

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
    public Status status;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "awarded_at")
    public Instant awardedAt;

    public static List<Award> of(UUID competitionId) {
        return list("competitionId = ?1 order by decidedAt, id", competitionId);
    }
}
