package uk.gov.dynamicframework.competition.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** A bid's transitions, without Quarkus. */
class BidStateMachineTest {

    private static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");
    private final UUID lot = UUID.randomUUID();

    @Test
    void theTransitionTableAllowsResubmissionWithdrawalAndSubmittingAgainOnly() {
        assertThat(BidStatus.SUBMITTED.next()).containsExactlyInAnyOrder(BidStatus.SUBMITTED, BidStatus.WITHDRAWN);
        assertThat(BidStatus.WITHDRAWN.next()).containsExactly(BidStatus.SUBMITTED);
    }

    @Test
    void aFirstSubmissionThenAResubmissionRecordWhoAndWhenAndClearEarlierExclusions() {
        Bid bid = Bid.newFor(UUID.randomUUID(), UUID.randomUUID());
        assertThat(submit(bid, "provider-a", T0)).isEqualTo(BidReceipt.Action.SUBMITTED);
        assertThat(bid.status).isEqualTo(BidStatus.SUBMITTED);
        assertThat(bid.submittedBy).isEqualTo("provider-a");
        assertThat(bid.receivedAt).isEqualTo(T0);
        bid.exclude(lot, "no longer qualified");

        assertThat(submit(bid, "provider-b", T0.plusSeconds(60))).isEqualTo(BidReceipt.Action.RESUBMITTED);
        assertThat(bid.submittedBy).isEqualTo("provider-b");
        assertThat(bid.receivedAt).isEqualTo(T0.plusSeconds(60));
        assertThat(bid.exclusions).isEmpty();
    }

    @Test
    void aWithdrawnBidRecordsWhoAndWhenIsNotWithdrawnTwiceAndMayBeSubmittedAgain() {
        Bid bid = Bid.newFor(UUID.randomUUID(), UUID.randomUUID());
        submit(bid, "provider", T0);
        bid.withdraw(T0.plusSeconds(5), "provider-2");
        assertThat(bid.status).isEqualTo(BidStatus.WITHDRAWN);
        assertThat(bid.withdrawnAt).isEqualTo(T0.plusSeconds(5));
        assertThat(bid.withdrawnBy).isEqualTo("provider-2");
        assertThatThrownBy(() -> bid.withdraw(T0.plusSeconds(6), "provider"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> bid.exclude(lot, "x")).isInstanceOf(ApiException.class);

        assertThat(submit(bid, "provider", T0.plusSeconds(10))).isEqualTo(BidReceipt.Action.RESUBMITTED);
        assertThat(bid.status).isEqualTo(BidStatus.SUBMITTED);
        assertThat(bid.withdrawnAt).isNull();
        assertThat(bid.withdrawnBy).isNull();
    }

    @Test
    void aBidNeverSubmittedCannotBeWithdrawnAndIsExcludedOnlyFromLotsItBidsFor() {
        Bid bid = Bid.newFor(UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> bid.withdraw(T0, "provider")).isInstanceOf(ApiException.class);
        submit(bid, "provider", T0);
        assertThatThrownBy(() -> bid.exclude(UUID.randomUUID(), "x")).isInstanceOf(ApiException.class);
        bid.exclude(lot, "suspended at the deadline");
        assertThat(bid.competesFor(lot)).isFalse();
    }

    private BidReceipt.Action submit(Bid bid, String actor, Instant at) {
        return bid.submit(List.of(new BidContent.LotPrice(lot, new BigDecimal("100.00"))), Map.of("Q1", "answer"),
                List.of(), at, actor);
    }
}
