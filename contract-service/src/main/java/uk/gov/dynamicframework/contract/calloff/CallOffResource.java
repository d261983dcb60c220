package uk.gov.dynamicframework.contract.calloff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.contract.agreement.AgreementAccess;
import uk.gov.dynamicframework.contract.calloff.CallOffDtos.CallOffOrderRequest;
import uk.gov.dynamicframework.contract.calloff.CallOffDtos.CallOffOrderView;
import uk.gov.dynamicframework.contract.calloff.CallOffDtos.CancellationRequest;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.Problem;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;
import uk.gov.dynamicframework.platform.web.Preconditions;

@Path("/v1/agreements/{agreementId}/call-off-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Call-off orders", description = "Other commissioners buying from an agreement's rate card, within its value")
@APIResponse(responseCode = "404", description = "No such agreement or order",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "403", description = "Not a party to the agreement or the order",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class CallOffResource {

    private final CallOffService orders;
    private final AgreementAccess access;
    private final IdempotentRequests idempotency;

    public CallOffResource(CallOffService orders, AgreementAccess access, IdempotentRequests idempotency) {
        this.orders = orders;
        this.access = access;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "placeCallOffOrder", summary = "Place a call-off order for your commissioning body",
            description = "Lines are rate-card items times quantities. An order beyond the agreement's remaining "
                    + "headroom is refused (422, member headroom) and nothing is recorded.")
    @APIResponse(responseCode = "201", description = "Placed")
    @APIResponse(responseCode = "422", description = "Over the agreement's value (headroom named) or no rate card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The agreement is not live",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response place(@PathParam("agreementId") UUID agreementId,
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid CallOffOrderRequest request) {
        return idempotency.once(idempotencyKey, access.caller(), "placeCallOffOrder:" + agreementId, request, () -> {
            CallOffOrder o = orders.place(agreementId, request, access);
            return Response.created(URI.create("/v1/agreements/" + agreementId + "/call-off-orders/" + o.id))
                    .tag(Preconditions.entityTag(o.version)).entity(CallOffOrderView.of(o)).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.COMMISSIONER, Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listCallOffOrders", summary = "List the agreement's call-off orders",
            description = "All of them for the agreement's commissioners, lead provider, the framework team and auditors; "
                    + "another commissioner sees its own body's.")
    public PageOf<CallOffOrderView> list(@PathParam("agreementId") UUID agreementId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return orders.list(agreementId, access, page, size).map(CallOffOrderView::of);
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({ Roles.COMMISSIONER, Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "getCallOffOrder", summary = "Read a call-off order")
    public Response get(@PathParam("agreementId") UUID agreementId, @PathParam("orderId") UUID orderId) {
        CallOffOrder o = orders.get(agreementId, orderId, access);
        return Response.ok(CallOffOrderView.of(o)).tag(Preconditions.entityTag(o.version)).build();
    }

    @POST
    @Path("/{orderId}/cancellation")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "cancelCallOffOrder", summary = "Cancel a call-off order: its total is headroom again",
            description = "By the ordering body's commissioners or the agreement's commissioners.")
    @APIResponse(responseCode = "409", description = "Already cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CallOffOrderView cancel(@PathParam("agreementId") UUID agreementId, @PathParam("orderId") UUID orderId,
            @NotNull @Valid CancellationRequest request) {
        return CallOffOrderView.of(orders.cancel(agreementId, orderId, request, access));
    }
}
