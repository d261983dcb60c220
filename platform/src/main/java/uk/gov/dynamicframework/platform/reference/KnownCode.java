package uk.gov.dynamicframework.platform.reference;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A reference code that must be in the service's own reference tables ({@link ReferenceCodes}), checked with the
 * other bean validation constraints so that one problem lists every bad field, each naming the valid codes. On a
 * String or on a collection of Strings (every element checked; or put it on the element type:
 * {@code List<@KnownCode(AREA) String>}). Null is valid: add {@code @NotNull} where the code is required.
 */
@Documented
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = { KnownCodeValidator.class, KnownCodesValidator.class })
public @interface KnownCode {

    Kind value();

    String message() default "unknown code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        CATEGORY("service category"),
        /** A service category of kind "cohort" (WOMEN, YOUNG_ADULTS, ...): a group of people a service is for. */
        COHORT("cohort (a service category of kind cohort)"),
        REGION("probation region"),
        /** A police force area, by its GSS code. */
        AREA("police force area"),
        /** A police force area or a probation region (meaning all its areas): resolve with {@link ReferenceCodes#areasOf(String)}. */
        AREA_OR_REGION("police force area or probation region"),
        CONTRACT_TYPE("contract type");

        public final String description;

        Kind(String description) {
            this.description = description;
        }

        /** "unknown police force area code 'X'". */
        public String unknown(String code) {
            return "unknown " + description + " code '" + code + "'";
        }
    }
}
