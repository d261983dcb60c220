package uk.gov.dynamicframework.competition.lot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One lot of a competition: a category in areas (or a whole region) with a maximum value. */
@Entity
@Table(name = "lot")
public class Lot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "competition_id", nullable = false)
    public UUID competitionId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String category;

    /** Set when the lot covers a whole probation region; {@link #areas} then holds all the region's areas. */
    @Column(name = "region_code")
    public String regionCode;

    /** Police force area GSS codes the lot covers. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> areas = new ArrayList<>();

    @Column(name = "max_value", nullable = false, precision = 14, scale = 2)
    public BigDecimal maxValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_mechanism", nullable = false)
    public FundingMechanism fundingMechanism;

    @Column(name = "contract_start", nullable = false)
    public LocalDate contractStart;

    @Column(name = "contract_end", nullable = false)
    public LocalDate contractEnd;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> requirements = new ArrayList<>();

    @Column(name = "minimum_income", precision = 14, scale = 2)
    public BigDecimal minimumIncome;

    /** Eligible providers when the lot was published. */
    @Column(name = "eligible_at_publish")
    public Integer eligibleAtPublish;

    @Enumerated(EnumType.STRING)
    public LotOutcome outcome;

    @Column(name = "outcome_reason")
    public String outcomeReason;

    public static List<Lot> of(UUID competitionId) {
        return list("competitionId = ?1 order by number", competitionId);
    }

    public Proportionality.Tier tier() {
        return Proportionality.tierOf(maxValue);
    }
}
