package uk.gov.dynamicframework.competition.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An evaluator named by the competition's owner (the subject of the evaluator's token); only these score its bids. */
@Entity
@Table(name = "competition_evaluator")
@IdClass(CompetitionEvaluator.Key.class)
public class CompetitionEvaluator extends PanacheEntityBase {

    @Id
    @Column(name = "competition_id")
    public UUID competitionId;

    @Id
    public String evaluator;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    public static boolean isAssigned(UUID competitionId, String evaluator) {
        return count("competitionId = ?1 and evaluator = ?2", competitionId, evaluator) > 0;
    }

    public static List<CompetitionEvaluator> of(UUID competitionId) {
        return list("competitionId = ?1 order by assignedAt, evaluator", competitionId);
    }

    public static class Key implements Serializable {
        public UUID competitionId;
        public String evaluator;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(competitionId, k.competitionId) && Objects.equals(evaluator, k.evaluator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(competitionId, evaluator);
        }
    }
}
