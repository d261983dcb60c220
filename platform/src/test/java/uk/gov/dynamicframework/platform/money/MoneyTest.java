package uk.gov.dynamicframework.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.InvalidValueException;

class MoneyTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void amountsAreHeldToThePenny() {
        assertThat(new Money(new BigDecimal("1E+3"), "GBP").amount()).isEqualByComparingTo("1000").hasToString("1000.00");
        assertThat(Money.gbp(new BigDecimal("10.005")).amount()).hasToString("10.01");
        assertThat(new Money(new BigDecimal("999999999999.99"), null).currency()).isEqualTo("GBP");
    }

    @Test
    void anotherCurrencyIsRefusedNamingTheCurrency() {
        assertThatThrownBy(() -> new Money(BigDecimal.TEN, "EUR")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.member()).isEqualTo("currency"));
    }

    @Test
    void thirteenIntegerDigitsThreeDecimalsAndNegativeAmountsAreRefused() {
        assertThatThrownBy(() -> new Money(new BigDecimal("1000000000000"), "GBP")).hasMessageContaining("integer digits");
        assertThatThrownBy(() -> new Money(new BigDecimal("1.001"), "GBP")).hasMessageContaining("decimals");
        assertThatThrownBy(() -> new Money(new BigDecimal("-0.01"), "GBP")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Money.gbp(new BigDecimal("1E+13"))).hasMessageContaining("integer digits");
    }

    @Test
    void anAbsurdExponentIsRefusedInMicrosecondsNotExpanded() {
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            assertThatThrownBy(() -> json.readValue("{\"amount\": 1E+3000000, \"currency\": \"GBP\"}", Money.class))
                    .isInstanceOf(ValueInstantiationException.class);
            assertThatThrownBy(() -> json.readValue("{\"amount\": 1E-3000000}", Money.class))
                    .isInstanceOf(ValueInstantiationException.class);
            assertThatThrownBy(() -> Money.gbp(new BigDecimal("1E+3000000"))).isInstanceOf(InvalidValueException.class);
        }
        // 3,000 refusals; expanding even one of these numbers takes over a second
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void arithmeticStaysInPoundsAndNeverGoesNegative() {
        Money ten = Money.gbp("10.00");
        Money three = Money.gbp("3.50");
        assertThat(ten.plus(three)).isEqualTo(Money.gbp("13.50"));
        assertThat(ten.minus(three)).isEqualTo(Money.gbp("6.50"));
        assertThat(ten.isGreaterThan(three)).isTrue();
        assertThat(three.isLessThan(ten)).isTrue();
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThatThrownBy(() -> three.minus(ten)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void writtenAsAPlainAmountAndCurrency() throws Exception {
        assertThat(json.writeValueAsString(new Money(new BigDecimal("1E+3"), null)))
                .isEqualTo("{\"amount\":1000.00,\"currency\":\"GBP\"}");
    }
}
