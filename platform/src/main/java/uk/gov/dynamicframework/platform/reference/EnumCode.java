package uk.gov.dynamicframework.platform.reference;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

/**
 * A String (typically a query parameter) that must name a constant of an enum, refused like {@link KnownCode} with a
 * message naming the valid values. Null is valid.
 */
@Documented
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
@Constraint(validatedBy = EnumCode.Validator.class)
public @interface EnumCode {

    Class<? extends Enum<?>> value();

    /** What the values are, for the message ("sector"). Defaults to the enum's simple name. */
    String what() default "";

    String message() default "unknown value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumCode, String> {

        private List<String> names;
        private String what;

        @Override
        public void initialize(EnumCode annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toList();
            what = annotation.what().isEmpty() ? annotation.value().getSimpleName() : annotation.what();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || names.contains(value)) {
                return true;
            }
            KnownCodeValidator.refuse(context, "unknown " + what + " '" + value + "'; valid: " + String.join(", ", names));
            return false;
        }
    }
}
