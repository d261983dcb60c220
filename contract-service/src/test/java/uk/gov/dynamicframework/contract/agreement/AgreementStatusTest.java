package uk.gov.dynamicframework.contract.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** The agreement's state machine and terms rules, without Quarkus. */
class AgreementStatusTest {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

    @Test
    void thePatternNamesEveryStatus() {
        assertThat(AgreementStatus.PATTERN).isEqualTo(Arrays.stream(AgreementStatus.values()).map(Enum::name)
                .collect(Collectors.joining("|")));
    }

    @Test
    void endedAgreementsGoNowhereAndSuspensionOnlyFromLive() {
        assertThat(AgreementStatus.EXPIRED.next()).isEmpty();
        assertThat(AgreementStatus.TERMINATED.next()).isEmpty();
        assertThat(AgreementStatus.MOBILISING.next()).doesNotContain(AgreementStatus.SUSPENDED, AgreementStatus.EXPIRED);
        assertThat(AgreementStatus.SUSPENDED.next()).contains(AgreementStatus.LIVE);
    }

    @Test
    void eachTransitionRecordsWhoAndWhenAndRefusesWhatTheTableDoesNotAllow() {
        Agreement a = agreement(TODAY.minusDays(1), TODAY.plusYears(1));
        assertThatThrownBy(() -> a.suspend(NOW, "pcc", "why")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
        a.activate(NOW, TODAY, "system");
        assertThat(a.status).isEqualTo(AgreementStatus.LIVE);
        assertThat(a.activatedBy).isEqualTo("system");
        a.suspend(NOW, "pcc", "Safeguarding");
        assertThat(a.suspendedBy).isEqualTo("pcc");
        assertThat(a.suspensionReason).isEqualTo("Safeguarding");
        a.reinstate(NOW, "pcc");
        a.terminate(NOW, "rpd", "Provider failure");
        assertThat(a.status).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(a.endedBy).isEqualTo("rpd");
        assertThatThrownBy(() -> a.reinstate(NOW, "pcc")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> a.extend(TODAY.plusYears(2), null)).isInstanceOf(ApiException.class);
    }

    @Test
    void noGoingLiveBeforeTheStartNorExpiringOnTheEndDate() {
        Agreement a = agreement(TODAY.plusDays(1), TODAY.plusDays(10));
        assertThatThrownBy(() -> a.activate(NOW, TODAY, "system")).isInstanceOf(ApiException.class);
        a.activate(NOW, TODAY.plusDays(1), "system");
        assertThatThrownBy(() -> a.expire(NOW, TODAY.plusDays(10))).isInstanceOf(ApiException.class);
        a.expire(NOW, TODAY.plusDays(11));
        assertThat(a.status).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void aVariationKeepsEndAfterStartAndValueAboveCommitted() {
        Agreement a = agreement(TODAY, TODAY.plusYears(1));
        assertThatThrownBy(() -> a.vary(null, null, TODAY.minusDays(1), null, null, BigDecimal.ZERO))
                .isInstanceOf(ApiException.class).satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> a.vary(new BigDecimal("999.99"), null, null, null, null, new BigDecimal("1000.00")))
                .isInstanceOf(ApiException.class).satisfies(e -> assertThat(((ApiException) e).slug()).isEqualTo("below-committed"));
        a.vary(new BigDecimal("1000.00"), null, null, null, null, new BigDecimal("1000.00"));
        assertThat(a.value).isEqualByComparingTo("1000.00");
    }

    private static Agreement agreement(LocalDate start, LocalDate end) {
        Agreement a = new Agreement();
        a.status = AgreementStatus.MOBILISING;
        a.value = new BigDecimal("5000.00");
        a.startDate = start;
        a.endDate = end;
        return a;
    }
}
