package uk.gov.dynamicframework.registry.reference;

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
 * A code that must be one of the framework's reference codes (or an enumerated value), checked with the other bean
 * validation constraints so that one problem lists every bad field, each naming the valid codes. Null is valid.
 */
@Documented
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = KnownCodeValidator.class)
public @interface KnownCode {

    Kind value();

    String message() default "unknown code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        SERVICE_CATEGORY("service category"),
        COHORT("cohort (a service category of kind cohort)"),
        PROBATION_REGION("probation region"),
        POLICE_FORCE_AREA("police force area GSS code"),
        SECTOR("sector"),
        INCOME_BAND("income band"),
        CHARACTERISTIC("characteristic");

        public final String description;

        Kind(String description) {
            this.description = description;
        }
    }
}
