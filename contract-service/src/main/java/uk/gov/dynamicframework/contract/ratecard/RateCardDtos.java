package uk.gov.dynamicframework.contract.ratecard;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.CATEGORY;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.Complexity;
import uk.gov.dynamicframework.contract.ratecard.RateCard.Unit;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.reference.KnownCode;

/** Request and response bodies of the rate card. */
public final class RateCardDtos {

    private RateCardDtos() {
    }

    @Schema(name = "RateCardRequest", examples = """
            {"items": [{"category": "ACCOMMODATION", "description": "Tenancy sustainment support session",
                        "unit": "SESSION", "unitPrice": {"amount": 85.00, "currency": "GBP"}, "complexity": "MEDIUM"},
                       {"category": "ACCOMMODATION", "description": "Intensive resettlement support",
                        "unit": "WEEK", "unitPrice": {"amount": 420.00, "currency": "GBP"}, "complexity": "HIGH"}]}""")
    public record RateCardRequest(@NotEmpty @Size(max = 200) List<@NotNull @Valid ItemRequest> items) {
    }

    @Schema(name = "RateCardItemRequest")
    public record ItemRequest(
            @NotNull @KnownCode(CATEGORY) String category,
            @NotBlank @Size(max = 500) String description,
            @NotNull Unit unit,
            @NotNull @Valid Money unitPrice,
            @NotNull Complexity complexity) {
    }

    /** Unit prices are null for the public when the commissioners mark them confidential. */
    @Schema(name = "RateCardView")
    public record RateCardView(UUID agreementId, String agreementReference, List<ItemView> items, Instant publishedAt,
            long version) {
    }

    @Schema(name = "RateCardItem")
    public record ItemView(UUID itemId, String category, String description, Unit unit, Money unitPrice,
            String complexity) {
    }
}
