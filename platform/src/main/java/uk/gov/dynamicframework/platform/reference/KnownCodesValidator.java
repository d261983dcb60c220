package uk.gov.dynamicframework.platform.reference;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** {@link KnownCode} on a collection of Strings: every element must be a known code (null elements are left to {@code @NotNull}). */
@Dependent
public class KnownCodesValidator implements ConstraintValidator<KnownCode, Collection<?>> {

    private final ReferenceCodes codes;
    private KnownCode.Kind kind;

    public KnownCodesValidator(ReferenceCodes codes) {
        this.codes = codes;
    }

    @Override
    public void initialize(KnownCode annotation) {
        this.kind = annotation.value();
    }

    @Override
    public boolean isValid(Collection<?> values, ConstraintValidatorContext context) {
        if (values == null) {
            return true;
        }
        List<String> unknown = values.stream().filter(Objects::nonNull).map(String::valueOf)
                .filter(v -> !codes.isKnown(kind, v)).distinct().toList();
        if (unknown.isEmpty()) {
            return true;
        }
        String what = unknown.size() == 1 ? kind.unknown(unknown.get(0))
                : "unknown " + kind.description + " codes '" + String.join("', '", unknown) + "'";
        KnownCodeValidator.refuse(context, what + "; valid: " + String.join(", ", codes.codes(kind)));
        return false;
    }
}
