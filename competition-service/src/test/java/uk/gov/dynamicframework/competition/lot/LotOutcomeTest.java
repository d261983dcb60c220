package uk.gov.dynamicframework.competition.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** A lot's outcome transitions, without Quarkus. */
class LotOutcomeTest {

    private static final Instant NOW = Instant.parse("2027-02-10T10:00:00Z");

    @Test
    void theTransitionTableEndsInAwardedNoAwardOrCancelled() {
        assertThat(LotOutcome.OPEN.next()).containsExactlyInAnyOrder(LotOutcome.AWARD_PENDING, LotOutcome.NO_AWARD,
                LotOutcome.CANCELLED);
        assertThat(LotOutcome.AWARD_PENDING.next()).containsExactlyInAnyOrder(LotOutcome.AWARDED, LotOutcome.CANCELLED);
        for (LotOutcome ended : EnumSet.of(LotOutcome.AWARDED, LotOutcome.NO_AWARD, LotOutcome.CANCELLED)) {
            assertThat(ended.next()).isEmpty();
            assertThat(ended.isEnded()).isTrue();
        }
    }

    @Test
    void aNewLotIsOpenAndItsAwardRecordsWhoAndWhenAtEachStep() {
        Lot lot = new Lot();
        assertThat(lot.outcome).isEqualTo(LotOutcome.OPEN);
        lot.awardPending(NOW, "commissioner");
        assertThat(lot.outcome).isEqualTo(LotOutcome.AWARD_PENDING);
        assertThat(lot.outcomeBy).isEqualTo("commissioner");
        lot.award(NOW.plusSeconds(10), "competition-service");
        assertThat(lot.outcome).isEqualTo(LotOutcome.AWARDED);
        assertThat(lot.outcomeAt).isEqualTo(NOW.plusSeconds(10));
        assertThat(lot.outcomeBy).isEqualTo("competition-service");
        assertThatThrownBy(() -> lot.cancel(NOW, "x", "y")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void anOpenLotIsNotAwardedWithoutPassingThroughStandstillAndNoAwardKeepsItsReason() {
        Lot open = new Lot();
        assertThatThrownBy(() -> open.award(NOW, "competition-service")).isInstanceOf(ApiException.class);
        open.noAward(NOW, "commissioner", "No bid met the requirements");
        assertThat(open.outcome).isEqualTo(LotOutcome.NO_AWARD);
        assertThat(open.outcomeReason).isEqualTo("No bid met the requirements");
        assertThatThrownBy(() -> open.awardPending(NOW, "commissioner")).isInstanceOf(ApiException.class);

        Lot pending = new Lot();
        pending.awardPending(NOW, "commissioner");
        pending.cancel(NOW.plusSeconds(1), "commissioner-2", "Funding withdrawn");
        assertThat(pending.outcome).isEqualTo(LotOutcome.CANCELLED);
        assertThat(pending.outcomeReason).isEqualTo("Funding withdrawn");
    }
}
