package uk.gov.dynamicframework.competition.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The final, moderated score of a bid for a lot, agreed after the evaluators scored independently. */
@Entity
@Table(name = "moderated_score")
@IdClass(ModeratedScore.Key.class)
public class ModeratedScore extends PanacheEntityBase {

    @Id
    @Column(name = "bid_id")
    public UUID bidId;

    @Id
    @Column(name = "lot_id")
    public UUID lotId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, Integer> scores = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pass_fail", columnDefinition = "jsonb", nullable = false)
    public Map<String, Boolean> passFail = new LinkedHashMap<>();

    @Column(nullable = false)
    public String rationale;

    @Column(name = "moderated_by", nullable = false)
    public String moderatedBy;

    @Column(name = "moderated_at", nullable = false)
    public Instant moderatedAt;

    public static ModeratedScore of(UUID bidId, UUID lotId) {
        return find("bidId = ?1 and lotId = ?2", bidId, lotId).firstResult();
    }

    public static class Key implements Serializable {
        public UUID bidId;
        public UUID lotId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(bidId, k.bidId) && Objects.equals(lotId, k.lotId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bidId, lotId);
        }
    }
}
