package uk.gov.dynamicframework.competition.provider;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/bidders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bidders", description = "Providers as the competition service knows them, from the registry's events")
public class ProviderResource {

    /** A provider as this service knows it. */
    public record BidderView(UUID organisationId, String name, List<String> legalIdentifiers, String sector,
            String incomeBand, String frameworkStatus, String statusReason, List<BidderOfferView> offers,
            Instant updatedAt) {
    }

    /** A published, not withdrawn, service offer of the provider. */
    public record BidderOfferView(UUID offerId, String category, List<String> areas, List<String> regions,
            List<String> cohorts, Instant publishedAt) {
    }

    @GET
    @Path("/{organisationId}")
    @RolesAllowed({ Roles.FRAMEWORK_ADMIN, Roles.COMMISSIONER, Roles.EVALUATOR, Roles.AUDITOR })
    @Operation(operationId = "getBidder", summary = "Read the competition service's view of a provider")
    public BidderView get(@PathParam("organisationId") UUID organisationId) {
        Provider p = Provider.findById(organisationId);
        if (p == null) {
            throw ApiException.notFound("Provider", organisationId);
        }
        List<BidderOfferView> offers = ProviderOffer.activeOf(p.id).stream()
                .map(o -> new BidderOfferView(o.offerId, o.category, o.areas, o.regions, o.cohorts, o.publishedAt)).toList();
        return new BidderView(p.id, p.name, p.legalIdentifiers, p.sector, p.incomeBand, p.frameworkStatus,
                p.statusReason, offers, p.updatedAt);
    }
}
