package uk.gov.dynamicframework.contract.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The value objects an agreement is stored with (as JSON columns). Amounts are pounds, scale 2. */
public final class AgreementParts {

    private AgreementParts() {
    }

    /** A commissioning body of the agreement and its share of the budget (null when not known). */
    public record BodyShare(String bodyId, String name, String kind, String role, BigDecimal share) {
    }

    /** An organisation proposed in the winning bid as a subcontractor, with its share of the value. */
    public record SupplyChainMember(UUID organisationId, String name, List<String> legalIdentifiers, BigDecimal sharePercent,
            BigDecimal share) {
    }

    @Schema(name = "AgreementContact", examples = "{\"name\": \"Sam Patel\", \"email\": \"sam.patel@example.gov.uk\", \"phone\": \"0300 123 4567\"}")
    public record Contact(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) String name,
            @jakarta.validation.constraints.Email @jakarta.validation.constraints.Size(max = 200) String email,
            @jakarta.validation.constraints.Size(max = 50) String phone) {
    }

    /** What a variation or extension can change, recorded before and after in the history. */
    public record Terms(BigDecimal value, LocalDate startDate, LocalDate endDate, List<String> categories,
            String regionCode, List<String> areas) {
    }
}
