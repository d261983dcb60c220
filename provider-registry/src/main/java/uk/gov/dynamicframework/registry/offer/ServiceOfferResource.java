package uk.gov.dynamicframework.registry.offer;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.AREA;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.CATEGORY;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.reference.KnownCode;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;

@Path("/v1/service-offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service offers", description = "What qualified providers offer to deliver, where and for whom")
public class ServiceOfferResource {

    private final ServiceOfferService offers;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ServiceOfferResource(ServiceOfferService offers, IdempotentRequests idempotency, Caller caller) {
        this.offers = offers;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN })
    @Operation(operationId = "publishServiceOffer", summary = "Publish a service offer",
            description = "Only for a qualified, unsuspended provider (422 otherwise), by the provider itself or the "
                    + "framework team. Unknown category, area, region or cohort codes are a 400 naming the valid codes.")
    @APIResponse(responseCode = "201", description = "Published")
    public Response publish(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid ServiceOfferRequest request, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, caller, "publishServiceOffer", request, () -> {
            ServiceOffer offer = offers.publish(request, caller);
            return Response.created(uri.getAbsolutePathBuilder().path(offer.id.toString()).build())
                    .entity(ServiceOfferView.of(offer)).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listServiceOffers", summary = "List service offers",
            description = "The public sees published offers of qualified providers; a provider also sees all its own; "
                    + "the framework team and auditors see every offer.")
    public PageOf<ServiceOfferView> list(@QueryParam("organisationId") UUID organisationId,
            @QueryParam("category") @KnownCode(CATEGORY) String category,
            @QueryParam("area") @KnownCode(AREA) String area,
            @QueryParam("status") @Pattern(regexp = "PUBLISHED|WITHDRAWN", message = "must be PUBLISHED or WITHDRAWN") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return offers.list(organisationId, category, area, status == null ? null : OfferStatus.valueOf(status), page,
                size, caller).map(ServiceOfferView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getServiceOffer", summary = "Read a service offer")
    public ServiceOfferView get(@PathParam("id") UUID id) {
        return ServiceOfferView.of(offers.read(id, caller));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN })
    @Operation(operationId = "withdrawServiceOffer", summary = "Withdraw a service offer",
            description = "By the provider itself or the framework team; it stops being public and counting at once.")
    public ServiceOfferView withdraw(@PathParam("id") UUID id, @Valid ServiceOfferWithdrawal withdrawal) {
        return ServiceOfferView.of(offers.withdraw(id, withdrawal == null ? null : withdrawal.reason(), caller));
    }
}
