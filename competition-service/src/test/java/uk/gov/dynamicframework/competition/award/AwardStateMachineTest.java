package uk.gov.dynamicframework.competition.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** An award's transitions, without Quarkus. */
class AwardStateMachineTest {

    private static final Instant DECIDED = Instant.parse("2027-02-10T10:00:00Z");

    @Test
    void theTransitionTableLetsAPendingAwardBecomeActiveOrCancelledAndNothingElseMove() {
        assertThat(AwardStatus.PENDING_STANDSTILL.next()).containsExactlyInAnyOrder(AwardStatus.ACTIVE, AwardStatus.CANCELLED);
        assertThat(AwardStatus.ACTIVE.next()).isEmpty();
        assertThat(AwardStatus.CANCELLED.next()).isEmpty();
    }

    @Test
    void aDecidedAwardRecordsWhoAndWhenAndIsMadeAtTheEndOfStandstillOnce() {
        Award award = decided();
        assertThat(award.status).isEqualTo(AwardStatus.PENDING_STANDSTILL);
        assertThat(award.decidedBy).isEqualTo("commissioner");
        assertThat(award.decidedAt).isEqualTo(DECIDED);
        award.activate(DECIDED.plusSeconds(864_000));
        assertThat(award.status).isEqualTo(AwardStatus.ACTIVE);
        assertThat(award.awardedAt).isEqualTo(DECIDED.plusSeconds(864_000));
        assertThatThrownBy(() -> award.activate(DECIDED)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> award.cancel(DECIDED, "someone", "why")).isInstanceOf(ApiException.class);
    }

    @Test
    void aPendingAwardIsCancelledWithWhoWhenAndWhyAndIsThenNeverMade() {
        Award award = decided();
        award.cancel(DECIDED.plusSeconds(60), "commissioner-2", "Funding withdrawn");
        assertThat(award.status).isEqualTo(AwardStatus.CANCELLED);
        assertThat(award.cancelledAt).isEqualTo(DECIDED.plusSeconds(60));
        assertThat(award.cancelledBy).isEqualTo("commissioner-2");
        assertThat(award.cancelReason).isEqualTo("Funding withdrawn");
        assertThatThrownBy(() -> award.activate(DECIDED.plusSeconds(120))).isInstanceOf(ApiException.class);
        assertThat(award.awardedAt).isNull();
    }

    private static Award decided() {
        return Award.decided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new BigDecimal("1000.00"), DECIDED, "commissioner");
    }
}
