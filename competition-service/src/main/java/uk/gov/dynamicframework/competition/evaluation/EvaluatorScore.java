package uk.gov.dynamicframework.competition.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** One evaluator's independent scores of one bid for one lot (percent per criterion, pass/fail per requirement). */
@Entity
@Table(name = "evaluator_score")
public class EvaluatorScore extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bid_id", nullable = false)
    public UUID bidId;

    @Column(name = "lot_id", nullable = false)
    public UUID lotId;

    @Column(nullable = false)
    public String evaluator;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, Integer> scores = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pass_fail", columnDefinition = "jsonb", nullable = false)
    public Map<String, Boolean> passFail = new LinkedHashMap<>();

    public String comment;

    @Column(name = "scored_at", nullable = false)
    public Instant scoredAt;
}
