package uk.gov.dynamicframework.competition.bid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.money.Money;

/** A bid: a price for each lot bid for, an answer to each quality and social value question, proposed partners. */
@Schema(name = "BidRequest", examples = """
        {"lots": [{"lotId": "6f1c2f1e-9d7a-4b1e-8f7e-2a9b1c3d4e5f", "price": {"amount": 240000.00, "currency": "GBP"}}],
         "answers": {"Q1": "We run three women's centres...", "SV": "We employ people with lived experience..."},
         "supplyChainPartners": [{"organisationId": "0b9f6c1e-3c2d-4e5f-9a8b-7c6d5e4f3a2b", "share": 20.00}]}""")
public record BidRequest(
        @NotEmpty @Size(max = 20) List<@NotNull @Valid LotPriceRequest> lots,
        @NotNull Map<String, @NotNull @Size(max = 20000) String> answers,
        @Size(max = 30) List<@NotNull @Valid PartnerRequest> supplyChainPartners) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BidLotPriceRequest")
    public record LotPriceRequest(@NotNull UUID lotId, @NotNull @Valid Money price) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BidPartnerRequest")
    public record PartnerRequest(@NotNull UUID organisationId,
            @NotNull @DecimalMin(value = "0.00", inclusive = false) @DecimalMax(value = "100.00", inclusive = false)
            @Digits(integer = 3, fraction = 2) BigDecimal share) {
    }
}
