package uk.gov.dynamicframework.contract.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A grant's own terms: when it is paid, on what conditions, and what the grantee reports. */
@Schema(name = "GrantTerms", examples = """
        {"paymentSchedule": "IN_ADVANCE", "conditions": ["Services open to women on probation across the area"],
         "reportingRequirements": ["Quarterly performance return", "Annual narrative report"]}""")
public record GrantTerms(
        @NotNull PaymentSchedule paymentSchedule,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 2000) String> conditions,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 2000) String> reportingRequirements) {

    public enum PaymentSchedule {
        IN_ADVANCE, IN_ARREARS
    }

    /** Until the commissioners set them: paid quarterly in arrears against the performance returns. */
    public static GrantTerms standard() {
        return new GrantTerms(PaymentSchedule.IN_ARREARS, List.of(), List.of("Quarterly performance return"));
    }
}
