package uk.gov.dynamicframework.competition.lot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.money.Money;

/** A lot: a category in police force areas or a whole region, with its maximum value. */
@Schema(name = "LotRequest", examples = """
        {"title": "Women's accommodation support, Devon and Cornwall", "category": "ACCOMMODATION",
         "areas": ["E23000035"], "maxValue": {"amount": 250000.00, "currency": "GBP"}, "fundingMechanism": "GRANT",
         "contractStart": "2027-04-01", "contractEnd": "2029-03-31",
         "requirements": ["Experience of supporting women on probation"]}""")
public record LotRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank String category,
        @Size(max = 50) List<@NotBlank String> areas,
        String regionCode,
        @NotNull @Valid Money maxValue,
        FundingMechanism fundingMechanism,
        @NotNull LocalDate contractStart,
        @NotNull LocalDate contractEnd,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> requirements,
        @Valid Money minimumIncome) {
}
