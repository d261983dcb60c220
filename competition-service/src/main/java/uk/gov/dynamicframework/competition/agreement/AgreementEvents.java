package uk.gov.dynamicframework.competition.agreement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.platform.money.Money;

/**
 * This service's consumer-side view of contract-service's topic {@code df.agreements.v1}: only the type and the
 * fields it reads, lenient to anything added. The contract itself is contract-service's {@code AgreementEvents}.
 */
final class AgreementEvents {

    static final String TOPIC = "df.agreements.v1";
    static final String ENDING_SOON = "df.agreement.ending-soon";

    private AgreementEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgreementData(UUID agreementId, String reference, String kind, String status, Party leadProvider,
            String owningBodyId, String contractType, List<String> categories, String regionCode, List<String> areas,
            Money value, LocalDate startDate, LocalDate endDate, long version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Party(UUID organisationId, String name) {
    }
}
