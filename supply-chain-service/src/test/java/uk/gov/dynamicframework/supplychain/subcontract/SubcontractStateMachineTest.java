package uk.gov.dynamicframework.supplychain.subcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** The subcontract's transition table and transition methods, without Quarkus. */
class SubcontractStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2027, 12, 31);

    @Test
    void theTransitionTableIsProposedToConfirmedToEndedOrProposedToWithdrawn() {
        assertThat(SubcontractStatus.PROPOSED.next()).containsExactlyInAnyOrder(SubcontractStatus.CONFIRMED, SubcontractStatus.WITHDRAWN);
        assertThat(SubcontractStatus.CONFIRMED.next()).containsExactly(SubcontractStatus.ENDED);
        assertThat(SubcontractStatus.WITHDRAWN.next()).isEmpty();
        assertThat(SubcontractStatus.ENDED.next()).isEmpty();
        assertThat(SubcontractStatus.PATTERN).isEqualTo(Arrays.stream(SubcontractStatus.values()).map(Enum::name)
                .collect(Collectors.joining("|")));
    }

    @Test
    void eachTransitionRecordsWhoAndWhenAndIsANewVersion() {
        Subcontract s = proposed(new BigDecimal("1000.00"));
        s.confirm(NOW, "provider@lead");
        assertThat(s.status).isEqualTo(SubcontractStatus.CONFIRMED);
        assertThat(s.confirmedBy).isEqualTo("provider@lead");
        assertThat(s.confirmedAt).isEqualTo(NOW);
        assertThat(s.version).isEqualTo(1);
        s.change(new Subcontract.Terms(List.of("ACCOMMODATION"), List.of("E23000007"), new BigDecimal("900.00"), START, END),
                NOW.plusSeconds(60), "commissioner@body");
        assertThat(s.changedBy).isEqualTo("commissioner@body");
        assertThat(s.version).isEqualTo(2);
        s.end(LocalDate.of(2026, 6, 30), NOW.plusSeconds(120), "provider@lead", "Brought in house");
        assertThat(s.status).isEqualTo(SubcontractStatus.ENDED);
        assertThat(s.endDate).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(s.endReason).isEqualTo("Brought in house");
        assertThat(s.version).isEqualTo(3);
    }

    @Test
    void disallowedTransitionsAreConflictsAndChangeNothing() {
        Subcontract withdrawn = proposed(new BigDecimal("1000.00"));
        withdrawn.withdraw(NOW, "provider@lead", "fell through");
        assertThatThrownBy(() -> withdrawn.confirm(NOW, "x")).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
        assertThatThrownBy(() -> withdrawn.change(withdrawn.terms(), NOW, "x"))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
        Subcontract proposed = proposed(new BigDecimal("1000.00"));
        assertThatThrownBy(() -> proposed.end(START, NOW, "x", "r"))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
        assertThat(proposed.status).isEqualTo(SubcontractStatus.PROPOSED);
        assertThat(withdrawn.version).isEqualTo(1);
    }

    @Test
    void aSubcontractWithoutAShareIsNotConfirmedAndAnEndOutsideItsDatesIsRefused() {
        Subcontract unpriced = proposed(null);
        assertThatThrownBy(() -> unpriced.confirm(NOW, "x"))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(422));
        Subcontract s = proposed(new BigDecimal("1.00"));
        s.confirm(NOW, "x");
        assertThatThrownBy(() -> s.end(END.plusDays(1), NOW, "x", "r"))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400));
        assertThat(s.status).isEqualTo(SubcontractStatus.CONFIRMED);
    }

    private static Subcontract proposed(BigDecimal share) {
        return Subcontract.propose(UUID.randomUUID(), UUID.randomUUID(),
                new Subcontract.Terms(List.of("ACCOMMODATION"), List.of("E23000007"), share, START, END), NOW, "provider@lead");
    }
}
