package uk.gov.dynamicframework.platform.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.problem.InvalidValueException;

/**
 * An amount of money in pounds sterling, to the penny: the one money type of every service's API and events.
 *
 * <p>The constructor refuses what is not valid, so no invalid {@code Money} can exist: a currency other than GBP,
 * a negative amount, more than {@value #MAX_INTEGER_DIGITS} integer digits or more than {@value #MAX_DECIMALS}
 * decimals. The bounds are checked on the number as sent ({@code precision() - scale()} and {@code scale()}),
 * before any scaling, so {@code 1E+3000000} is refused in microseconds instead of being expanded to three million
 * digits. A missing currency means GBP. Read from a request body, a refusal is a 400 problem naming the member
 * ({@code ownerBudget.currency}).
 */
@Schema(name = "Money", description = "An amount in pounds sterling, to the penny (a missing currency means GBP)",
        examples = "{\"amount\": 125000.00, \"currency\": \"GBP\"}")
public record Money(
        @Schema(examples = "125000.00", minimum = "0") @NotNull @DecimalMin("0.00")
        @Digits(integer = MAX_INTEGER_DIGITS, fraction = MAX_DECIMALS) BigDecimal amount,
        @Schema(enumeration = "GBP", defaultValue = "GBP") String currency) implements Comparable<Money> {

    public static final String GBP = "GBP";
    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_DECIMALS = 2;
    public static final Money ZERO = new Money(BigDecimal.ZERO, GBP);

    public Money {
        if (currency == null) {
            currency = GBP;
        } else if (!GBP.equals(currency)) {
            throw new InvalidValueException("currency", "must be GBP");
        }
        if (amount == null) {
            throw new InvalidValueException("amount", "must not be null");
        }
        checkBounds(amount);
        // safe: at most 12 integer digits and 2 decimals
        amount = amount.setScale(MAX_DECIMALS, RoundingMode.UNNECESSARY);
    }

    /** An amount computed or stored by the service, rounded half up to the penny (bounds checked before rounding). */
    public static Money gbp(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValueException("amount", "must not be null");
        }
        if (amount.scale() > MAX_DECIMALS && integerDigits(amount) <= MAX_INTEGER_DIGITS) {
            amount = amount.setScale(MAX_DECIMALS, RoundingMode.HALF_UP);
        }
        return new Money(amount, GBP);
    }

    public static Money gbp(String amount) {
        return gbp(new BigDecimal(amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount), GBP);
    }

    /** Refuses (as an invalid amount) a result below zero: money in this suite is never negative. */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount), GBP);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    private static void checkBounds(BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new InvalidValueException("amount", "must not be negative");
        }
        if (amount.scale() > MAX_DECIMALS) {
            throw new InvalidValueException("amount", "must have at most " + MAX_DECIMALS + " decimals");
        }
        if (integerDigits(amount) > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException("amount", "must have at most " + MAX_INTEGER_DIGITS + " integer digits");
        }
    }

    /** Digits before the decimal point, from precision and scale alone (no arithmetic on the value). */
    private static long integerDigits(BigDecimal amount) {
        return (long) amount.precision() - amount.scale();
    }
}
