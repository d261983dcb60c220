package uk.gov.dynamicframework.registry.offer;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceOfferWithdrawal", examples = """
        {"reason": "Funding for the service ends in March"}""")
public record ServiceOfferWithdrawal(@Size(max = 2000) String reason) {
}
