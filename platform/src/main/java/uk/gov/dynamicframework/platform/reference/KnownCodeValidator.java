package uk.gov.dynamicframework.platform.reference;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link KnownCode} on a String. One instance per constraint use: it keeps the kind it was initialised with. */
@Dependent
public class KnownCodeValidator implements ConstraintValidator<KnownCode, String> {

    private final ReferenceCodes codes;
    private KnownCode.Kind kind;

    public KnownCodeValidator(ReferenceCodes codes) {
        this.codes = codes;
    }

    @Override
    public void initialize(KnownCode annotation) {
        this.kind = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || codes.isKnown(kind, value)) {
            return true;
        }
        refuse(context, kind.unknown(value) + "; valid: " + String.join(", ", codes.codes(kind)));
        return false;
    }

    static void refuse(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
    }

    /** The message is a template: what the caller sent must not be read as an expression. */
    static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
