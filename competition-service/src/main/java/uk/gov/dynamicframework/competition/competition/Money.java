package uk.gov.dynamicframework.competition.competition;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of money in pounds sterling, to the penny. */
@Schema(name = "CompetitionMoney", examples = "{\"amount\": 125000.00, \"currency\": \"GBP\"}")
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
        @Pattern(regexp = "GBP", message = "must be GBP") String currency) {

    public Money {
        amount = amount == null || amount.scale() >= 2 ? amount : amount.setScale(2, RoundingMode.UNNECESSARY);
        currency = "GBP";
    }

    public static Money gbp(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), "GBP");
    }
}
