package uk.gov.dynamicframework.competition.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.competition.competition.CompetitionStatus;
import uk.gov.dynamicframework.competition.evaluation.Criterion;
import uk.gov.dynamicframework.competition.evaluation.CriterionKind;
import uk.gov.dynamicframework.competition.evaluation.EvaluationCriteria;
import uk.gov.dynamicframework.competition.evaluation.Ranking;
import uk.gov.dynamicframework.competition.provider.Eligibility;
import uk.gov.dynamicframework.competition.provider.Provider;
import uk.gov.dynamicframework.competition.provider.ProviderOffer;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** Domain rules without HTTP or a database. */
class DomainRulesTest {

    @Test
    void smallLotsAskForNoMinimumIncomeAndLargeLotsAtMostTwiceTheirValue() {
        assertThat(Proportionality.tierOf(new BigDecimal("99999.99"))).isEqualTo(Proportionality.Tier.SMALL);
        assertThat(Proportionality.violations("lots[0]", new BigDecimal("50000.00"), List.of("a", "b", "c", "d"),
                new BigDecimal("1.00"))).hasSize(2);
        assertThat(Proportionality.violations("lots[0]", new BigDecimal("200000.00"), List.of("a"),
                new BigDecimal("400000.00"))).isEmpty();
        assertThat(Proportionality.violations("lots[0]", new BigDecimal("200000.00"), List.of("a"),
                new BigDecimal("400000.01"))).hasSize(1);
    }

    @Test
    void criteriaWeightsMustTotalOneHundred() {
        var quality = new Criterion("Q", CriterionKind.QUALITY, 70, "How?");
        var price = new Criterion("P", CriterionKind.PRICE, 30, null);
        assertThat(EvaluationCriteria.violations(List.of(quality, price), List.of())).isEmpty();
        assertThat(EvaluationCriteria.violations(List.of(quality), List.of())).extracting(v -> v.message())
                .containsExactly("weights must total 100, not 70");
    }

    @Test
    void rankingWeighsPriceAgainstTheLowestAndLeavesFailedOrUnmoderatedBidsUnranked() {
        var criteria = List.of(new Criterion("Q", CriterionKind.QUALITY, 60, "How?"), new Criterion("P", CriterionKind.PRICE, 40, null));
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), failed = UUID.randomUUID(), pending = UUID.randomUUID();
        var ranked = Ranking.rank(criteria, List.of(
                new Ranking.Entry(a, UUID.randomUUID(), new BigDecimal("100"), Map.of("Q", 50), Map.of("S", true)),
                new Ranking.Entry(b, UUID.randomUUID(), new BigDecimal("200"), Map.of("Q", 100), Map.of("S", true)),
                new Ranking.Entry(failed, UUID.randomUUID(), new BigDecimal("50"), Map.of("Q", 100), Map.of("S", false)),
                new Ranking.Entry(pending, UUID.randomUUID(), new BigDecimal("100"), null, null)));
        assertThat(ranked.get(0).bidId()).isEqualTo(b); // 60 + 20 = 80
        assertThat(ranked.get(0).total()).isEqualByComparingTo("80");
        assertThat(ranked.get(1).bidId()).isEqualTo(a); // 30 + 40 = 70
        assertThat(ranked.get(2).standing()).isEqualTo(Ranking.Standing.FAILED_REQUIREMENT);
        assertThat(ranked.get(3).standing()).isEqualTo(Ranking.Standing.NOT_MODERATED);
    }

    @Test
    void aCompetitionMovesOnlyAlongItsStateMachine() {
        Competition c = new Competition();
        c.status = CompetitionStatus.DRAFT;
        c.submissionDeadline = Instant.parse("2027-01-31T12:00:00Z");
        c.standstillDays = 10;
        assertThatThrownBy(() -> c.close(Instant.parse("2027-02-01T00:00:00Z"))).isInstanceOf(ApiException.class);
        c.publish(Instant.parse("2027-01-01T00:00:00Z"), "someone", null);
        assertThatThrownBy(() -> c.close(Instant.parse("2027-01-31T11:59:59Z"))).hasMessageContaining("accepted until");
        c.close(Instant.parse("2027-01-31T12:00:00Z"));
        c.startEvaluation(Instant.parse("2027-01-31T12:00:00Z"));
        c.decide(Instant.parse("2027-02-10T00:00:00Z"), "someone"); // a Wednesday; 10 working days skip two weekends
        assertThat(c.standstillEndsAt).isEqualTo(Instant.parse("2027-02-24T00:00:00Z"));
        assertThatThrownBy(() -> c.award(Instant.parse("2027-02-23T23:59:59Z"))).hasMessageContaining("standstill");
        c.award(Instant.parse("2027-02-24T00:00:00Z"));
        assertThat(c.status).isEqualTo(CompetitionStatus.AWARDED);
        assertThatThrownBy(() -> c.cancel(Instant.now(), "x", "y")).isInstanceOf(ApiException.class);
    }

    @Test
    void theStatusPatternAcceptsExactlyTheStatuses() {
        assertThat(CompetitionStatus.PATTERN.split("\\|")).containsExactlyInAnyOrder(
                Arrays.stream(CompetitionStatus.values()).map(Enum::name).toArray(String[]::new));
    }

    @Test
    void eligibilityNeedsQualificationAndOneOfferCoveringEveryArea() {
        Provider p = new Provider();
        p.frameworkStatus = "QUALIFIED";
        ProviderOffer devon = offer("ACCOMMODATION", "E23000035");
        ProviderOffer avon = offer("ACCOMMODATION", "E23000036");
        assertThat(Eligibility.check(p, List.of(devon), "ACCOMMODATION", List.of("E23000035")).eligible()).isTrue();
        assertThat(Eligibility.check(p, List.of(devon, avon), "ACCOMMODATION", List.of("E23000035", "E23000036")).reason())
                .contains("no single published offer");
        p.frameworkStatus = "SUSPENDED";
        p.statusReason = "Investigation";
        assertThat(Eligibility.check(p, List.of(devon), "ACCOMMODATION", List.of("E23000035")).reason())
                .contains("SUSPENDED (Investigation)");
    }

    private static ProviderOffer offer(String category, String... areas) {
        ProviderOffer o = new ProviderOffer();
        o.category = category;
        o.areas = List.of(areas);
        return o;
    }
}
