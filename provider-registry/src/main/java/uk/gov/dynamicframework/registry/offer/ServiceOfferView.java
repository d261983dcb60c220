package uk.gov.dynamicframework.registry.offer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service offer as anyone allowed to see it sees it (offers hold no private fields). */
@Schema(name = "ServiceOfferView")
public record ServiceOfferView(
        UUID id,
        UUID organisationId,
        String category,
        @Schema(description = "Police force areas named one by one") List<String> areas,
        @Schema(description = "Probation regions offered whole") List<String> regions,
        @Schema(description = "Every area covered: named areas plus all areas of the regions") List<String> coveredAreas,
        List<String> cohorts,
        String description,
        OfferStatus status,
        Instant publishedAt,
        Instant withdrawnAt,
        String withdrawalReason,
        long version) {

    public static ServiceOfferView of(ServiceOffer o) {
        return new ServiceOfferView(o.id, o.organisationId, o.category, o.namedAreas.stream().sorted().toList(),
                o.regions.stream().sorted().toList(), o.coveredAreas.stream().sorted().toList(), o.cohorts.stream().sorted().toList(), o.description, o.status,
                o.publishedAt, o.withdrawnAt, o.withdrawalReason, o.version);
    }
}
