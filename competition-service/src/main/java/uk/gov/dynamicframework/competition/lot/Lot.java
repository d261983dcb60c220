package uk.gov.dynamicframework.competition.lot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.platform.problem.ApiException;

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

    /** Contract-type code (reference data) of the agreement the lot becomes. */
    @Column(name = "contract_type")
    public String contractType;

    /** Who may be served: ANY alone, or the groups the service is for. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_population", columnDefinition = "jsonb", nullable = false)
    public List<EligiblePopulation> eligiblePopulation = new ArrayList<>(List.of(EligiblePopulation.ANY));

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "complexity_levels", columnDefinition = "jsonb", nullable = false)
    public List<ComplexityLevel> complexityLevels = new ArrayList<>(List.of(ComplexityLevel.values()));

    /** Eligible providers when the lot was published. */
    @Column(name = "eligible_at_publish")
    public Integer eligibleAtPublish;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LotOutcome outcome = LotOutcome.OPEN;

    /** Why the lot was not awarded or was cancelled. */
    @Column(name = "outcome_reason")
    public String outcomeReason;

    /** When and by whom the lot last changed outcome (the service itself at the end of standstill). */
    @Column(name = "outcome_at")
    public Instant outcomeAt;

    @Column(name = "outcome_by")
    public String outcomeBy;

    public static List<Lot> of(UUID competitionId) {
        return list("competitionId = ?1 order by number", competitionId);
    }

    /** The competition's lots to read, not to change in this transaction (no snapshot kept, nothing compared at commit). */
    public static List<Lot> readOnlyOf(UUID competitionId) {
        return find("competitionId = ?1 order by number", competitionId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The award decision names a winning bid: the lot waits for the end of standstill. */
    public void awardPending(Instant now, String actor) {
        move(LotOutcome.AWARD_PENDING, now, actor);
    }

    public void noAward(Instant now, String actor, String reason) {
        move(LotOutcome.NO_AWARD, now, actor);
        outcomeReason = reason;
    }

    /** Awarded by the service itself at the end of standstill. */
    public void award(Instant now, String actor) {
        move(LotOutcome.AWARDED, now, actor);
    }

    public void cancel(Instant now, String actor, String reason) {
        move(LotOutcome.CANCELLED, now, actor);
        outcomeReason = reason;
    }

    private void move(LotOutcome to, Instant now, String actor) {
        if (!outcome.next().contains(to)) {
            throw ApiException.conflict("Lot " + number + " is " + outcome + " and cannot become " + to)
                    .with("outcome", outcome).with("allowed", outcome.next());
        }
        outcome = to;
        outcomeAt = now;
        outcomeBy = actor;
    }

    public Proportionality.Tier tier() {
        return Proportionality.tierOf(maxValue);
    }
}
