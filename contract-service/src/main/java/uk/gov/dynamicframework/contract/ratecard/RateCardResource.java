package uk.gov.dynamicframework.contract.ratecard;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.contract.agreement.AgreementAccess;
import uk.gov.dynamicframework.contract.ratecard.RateCardDtos.RateCardRequest;
import uk.gov.dynamicframework.contract.ratecard.RateCardDtos.RateCardView;
import uk.gov.dynamicframework.platform.problem.Problem;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.Preconditions;

@Path("/v1/agreements/{agreementId}/rate-card")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rate cards", description = "Unit prices by service and complexity level that other commissioners buy from")
@APIResponse(responseCode = "404", description = "No such agreement or no rate card yet",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class RateCardResource {

    private final RateCardService rateCards;
    private final AgreementAccess access;

    public RateCardResource(RateCardService rateCards, AgreementAccess access) {
        this.rateCards = rateCards;
        this.access = access;
    }

    @PUT
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "publishRateCard", summary = "Publish the rate card of a live agreement (its lead provider)",
            description = "Replacing a published card needs If-Match with its ETag. Items must be in the agreement's "
                    + "categories and complexity levels (400 naming the item).")
    @APIResponse(responseCode = "409", description = "The agreement is not live",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response publish(@PathParam("agreementId") UUID agreementId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RateCardRequest request) {
        RateCard card = rateCards.publish(agreementId, ifMatch, request, access);
        return Response.ok(rateCards.view(Agreement.require(agreementId), card, access))
                .tag(Preconditions.entityTag(card.version)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "getRateCard", summary = "Read an agreement's rate card",
            description = "Public for a published agreement; unit prices hidden from the public when marked confidential.")
    public Response get(@PathParam("agreementId") UUID agreementId) {
        Agreement a = access.readable(agreementId);
        RateCard card = rateCards.require(a);
        RateCardView view = rateCards.view(a, card, access);
        return Response.ok(view).tag(Preconditions.entityTag(card.version)).build();
    }
}
