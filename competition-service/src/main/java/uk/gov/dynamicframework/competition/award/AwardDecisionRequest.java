package uk.gov.dynamicframework.competition.award;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The award decision, lot by lot: the highest-ranked bid, or no award with the reason. */
@Schema(name = "AwardDecisionRequest", examples = """
        {"lots": [{"lotId": "6f1c2f1e-9d7a-4b1e-8f7e-2a9b1c3d4e5f", "bidId": "1a2b3c4d-0000-4000-8000-000000000001"},
                  {"lotId": "7a1c2f1e-9d7a-4b1e-8f7e-2a9b1c3d4e5f", "noAwardReason": "No bid met the requirements"}]}""")
public record AwardDecisionRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid LotDecision> lots) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AwardLotDecision")
    public record LotDecision(@NotNull UUID lotId, UUID bidId, @Size(max = 1000) String noAwardReason) {
    }
}
