package uk.gov.dynamicframework.competition.opportunity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunitySubscriptionRequest;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunitySubscriptionView;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;

@Path("/v1/opportunity-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunity subscriptions", description = "Providers hear of opportunities in their categories and areas")
public class OpportunitySubscriptionResource {

    private final OpportunityService opportunities;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public OpportunitySubscriptionResource(OpportunityService opportunities, IdempotentRequests idempotency, Caller caller) {
        this.opportunities = opportunities;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "subscribeToOpportunities", summary = "Subscribe to opportunities in categories x areas")
    public Response subscribe(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid OpportunitySubscriptionRequest request) {
        return idempotency.once(idempotencyKey, caller, "subscribeToOpportunities", request, () -> {
            OpportunitySubscription s = opportunities.subscribe(request, caller);
            return Response.created(URI.create("/v1/opportunity-subscriptions/" + s.id))
                    .entity(OpportunitySubscriptionView.of(s)).build();
        });
    }

    @GET
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "listOpportunitySubscriptions", summary = "Your organisation's subscriptions")
    public ItemsOf<OpportunitySubscriptionView> list() {
        return new ItemsOf<>(opportunities.subscriptions(caller).stream().map(OpportunitySubscriptionView::of).toList());
    }

    @DELETE
    @Path("/{subscriptionId}")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "deleteOpportunitySubscription", summary = "Stop a subscription")
    public Response delete(@PathParam("subscriptionId") UUID id) {
        opportunities.unsubscribe(id, caller);
        return Response.noContent().build();
    }
}
