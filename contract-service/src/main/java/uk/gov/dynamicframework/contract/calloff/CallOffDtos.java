package uk.gov.dynamicframework.contract.calloff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.money.Money;

/** Request and response bodies of call-off orders. */
public final class CallOffDtos {

    private CallOffDtos() {
    }

    /** The ordering body is the caller's (the token's body claim). */
    @Schema(name = "CallOffOrderRequest", examples = """
            {"purchaseReference": "PCC-NB-2026-0153",
             "lines": [{"itemId": "6f1c2b9e-8d7a-4c3b-9e2f-1a0b9c8d7e6f", "quantity": 40}]}""")
    public record CallOffOrderRequest(
            @NotBlank @Size(max = 100) String purchaseReference,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid LineRequest> lines) {
    }

    @Schema(name = "CallOffLineRequest")
    public record LineRequest(@NotNull UUID itemId, @Min(1) @Max(1_000_000) int quantity) {
    }

    @Schema(name = "CallOffCancellationRequest", examples = "{\"reason\": \"Funding for the pilot withdrawn\"}")
    public record CancellationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "CallOffOrderView")
    public record CallOffOrderView(UUID id, UUID agreementId, String purchaseReference, String orderingBodyId,
            List<LineView> lines, Money total, CallOffStatus status, Instant placedAt, String placedBy,
            Instant cancelledAt, String cancellationReason, long version) {

        public static CallOffOrderView of(CallOffOrder o) {
            return new CallOffOrderView(o.id, o.agreementId, o.purchaseReference, o.orderingBodyId,
                    o.lines.stream().map(l -> new LineView(l.itemId(), l.category(), l.description(), l.unit(),
                            l.complexity(), Money.gbp(l.unitPrice()), l.quantity(), Money.gbp(l.lineTotal()))).toList(),
                    Money.gbp(o.total), o.status, o.placedAt, o.placedBy, o.cancelledAt, o.cancellationReason, o.version);
        }
    }

    @Schema(name = "CallOffLine")
    public record LineView(UUID itemId, String category, String description, String unit, String complexity,
            Money unitPrice, int quantity, Money lineTotal) {
    }
}
