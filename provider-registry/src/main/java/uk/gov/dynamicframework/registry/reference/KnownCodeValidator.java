package uk.gov.dynamicframework.registry.reference;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.dynamicframework.registry.organisation.Characteristic;
import uk.gov.dynamicframework.registry.organisation.IncomeBand;
import uk.gov.dynamicframework.registry.organisation.Sector;

/** One instance per constraint use: it keeps the kind it was initialised with. */
@Dependent
public class KnownCodeValidator implements ConstraintValidator<KnownCode, String> {

    private final ReferenceData reference;
    private KnownCode.Kind kind;

    public KnownCodeValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public void initialize(KnownCode annotation) {
        this.kind = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Set<String> valid = validCodes(kind);
        if (valid.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape("unknown " + kind.description + " '" + value + "'; valid: "
                + String.join(", ", valid))).addConstraintViolation();
        return false;
    }

    public Set<String> validCodes(KnownCode.Kind kind) {
        return switch (kind) {
            case SERVICE_CATEGORY -> reference.categoryCodes();
            case COHORT -> reference.cohortCodes();
            case PROBATION_REGION -> reference.regionCodes();
            case POLICE_FORCE_AREA -> reference.areaCodes();
            case SECTOR -> names(Sector.values());
            case INCOME_BAND -> names(IncomeBand.values());
            case CHARACTERISTIC -> names(Characteristic.values());
        };
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The message is a template: what the caller sent must not be read as an expression. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
