package uk.gov.dynamicframework.competition.opportunity;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunityRequest;
import uk.gov.dynamicframework.competition.opportunity.OpportunityDtos.OpportunityView;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;

@Path("/v1/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Pipeline notices published ahead of competitions")
public class OpportunityResource {

    private final OpportunityService opportunities;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public OpportunityResource(OpportunityService opportunities, IdempotentRequests idempotency, Caller caller) {
        this.opportunities = opportunities;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "createOpportunity", summary = "Draft a pipeline notice for your commissioning body")
    public Response create(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid OpportunityRequest request) {
        return idempotency.once(idempotencyKey, caller, "createOpportunity", request, () -> {
            Opportunity o = opportunities.create(request, caller);
            return Response.created(URI.create("/v1/opportunities/" + o.id)).entity(OpportunityView.of(o)).build();
        });
    }

    @POST
    @Path("/{opportunityId}/publication")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "publishOpportunity", summary = "Publish a pipeline notice and notify matching subscriptions")
    public OpportunityView publish(@PathParam("opportunityId") UUID id) {
        return OpportunityView.of(opportunities.publish(id, caller));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listOpportunities", summary = "List published opportunities, by category and area",
            description = "status=DRAFT lists your commissioning body's drafts, such as follow-ons drafted for agreements nearing their end.")
    public PageOf<OpportunityView> list(@QueryParam("category") String category, @QueryParam("area") String area,
            @QueryParam("status") @Pattern(regexp = "DRAFT|PUBLISHED", message = "must be DRAFT or PUBLISHED")
            @Parameter(description = "PUBLISHED (the default), or DRAFT for your own body's drafts",
                    schema = @Schema(implementation = OpportunityStatus.class)) String status,
            @QueryParam("agreementId") @Parameter(description = "Only the follow-on of this agreement") UUID agreementId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return opportunities.list(category, area, status == null ? null : OpportunityStatus.valueOf(status), agreementId,
                caller, page, size);
    }

    @GET
    @Path("/{opportunityId}")
    @PermitAll
    @Operation(operationId = "getOpportunity", summary = "Read an opportunity")
    public OpportunityView get(@PathParam("opportunityId") UUID id) {
        return OpportunityView.of(opportunities.findVisible(id, caller));
    }
}
