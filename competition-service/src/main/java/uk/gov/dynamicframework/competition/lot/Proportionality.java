package uk.gov.dynamicframework.competition.lot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.gov.dynamicframework.platform.problem.Problem.FieldViolation;

/**
 * Requirements proportionate to a lot's value, so small organisations can bid for small lots: a lot under
 * {@link #SMALL_LOT_LIMIT} asks at most {@link #SMALL_LOT_MAX_REQUIREMENTS} requirements and no minimum income;
 * a larger lot may ask a minimum income of at most twice its value (the Procurement Act guidance on turnover).
 */
public final class Proportionality {

    public static final BigDecimal SMALL_LOT_LIMIT = new BigDecimal("100000.00");
    public static final int SMALL_LOT_MAX_REQUIREMENTS = 3;
    public static final int MAX_REQUIREMENTS = 10;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "LotProportionalityTier")
    public enum Tier { SMALL, STANDARD }

    private Proportionality() {
    }

    /** The evidence a lot of this value may ask for, as the notices show it to providers. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "LotEvidenceRules")
    public record EvidenceRules(Tier tier, int maxRequirements, boolean minimumIncomeAllowed, String summary) {
    }

    public static EvidenceRules rulesFor(BigDecimal maxValue) {
        return tierOf(maxValue) == Tier.SMALL
                ? new EvidenceRules(Tier.SMALL, SMALL_LOT_MAX_REQUIREMENTS, false, "Small lot (under £100,000): at most "
                        + SMALL_LOT_MAX_REQUIREMENTS + " requirements and no minimum income asked, so small organisations can bid")
                : new EvidenceRules(Tier.STANDARD, MAX_REQUIREMENTS, true, "At most " + MAX_REQUIREMENTS
                        + " requirements; any minimum income asked is at most twice the lot's value");
    }

    public static Tier tierOf(BigDecimal maxValue) {
        return maxValue.compareTo(SMALL_LOT_LIMIT) < 0 ? Tier.SMALL : Tier.STANDARD;
    }

    /** What is disproportionate in a lot's requirements, with {@code field} the lot's path in the request. */
    public static List<FieldViolation> violations(String field, BigDecimal maxValue, List<String> requirements,
            BigDecimal minimumIncome) {
        List<FieldViolation> violations = new ArrayList<>();
        int count = requirements == null ? 0 : requirements.size();
        if (tierOf(maxValue) == Tier.SMALL) {
            if (count > SMALL_LOT_MAX_REQUIREMENTS) {
                violations.add(new FieldViolation(field + ".requirements", "a lot under £100,000 may ask at most "
                        + SMALL_LOT_MAX_REQUIREMENTS + " requirements, not " + count));
            }
            if (minimumIncome != null && minimumIncome.signum() > 0) {
                violations.add(new FieldViolation(field + ".minimumIncome", "a lot under £100,000 may not ask a minimum income"));
            }
        } else {
            if (count > MAX_REQUIREMENTS) {
                violations.add(new FieldViolation(field + ".requirements", "may ask at most " + MAX_REQUIREMENTS + " requirements"));
            }
            if (minimumIncome != null && minimumIncome.compareTo(maxValue.multiply(BigDecimal.valueOf(2))) > 0) {
                violations.add(new FieldViolation(field + ".minimumIncome", "may be at most twice the lot's maximum value"));
            }
        }
        return violations;
    }
}
