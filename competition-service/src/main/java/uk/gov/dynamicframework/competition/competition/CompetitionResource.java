package uk.gov.dynamicframework.competition.competition;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;
import uk.gov.dynamicframework.platform.web.Preconditions;

@Path("/v1/competitions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Competitions", description = "Mini-competitions in lots, commissioned by one or several bodies")
public class CompetitionResource {

    private final CompetitionService competitions;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public CompetitionResource(CompetitionService competitions, IdempotentRequests idempotency, Caller caller) {
        this.competitions = competitions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "createCompetition", summary = "Draft a competition for your commissioning body",
            description = "Weights must total 100 (400 otherwise); lots' values may not exceed the budget (422).")
    @APIResponse(responseCode = "201", description = "Drafted")
    public Response create(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid CompetitionRequest request) {
        return idempotency.once(idempotencyKey, caller, "createCompetition", request, () -> {
            Competition c = competitions.create(request, caller);
            return Response.created(URI.create("/v1/competitions/" + c.id)).tag(Preconditions.entityTag(c.version))
                    .entity(competitions.view(c)).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCompetitions", summary = "List competitions",
            description = "Published competitions for everyone; drafts for their commissioners, the framework team and auditors.")
    public PageOf<CompetitionView> list(
            @QueryParam("status") @Pattern(regexp = CompetitionStatus.PATTERN, message = "must be one of {regexp}")
            @Parameter(description = "Only competitions in this status", schema = @Schema(implementation = CompetitionStatus.class))
            String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return competitions.list(status == null ? null : CompetitionStatus.valueOf(status), caller, page, size);
    }

    @GET
    @Path("/{competitionId}")
    @PermitAll
    @Operation(operationId = "getCompetition", summary = "Read a competition")
    public Response get(@PathParam("competitionId") UUID id) {
        Competition c = competitions.findVisible(id, caller);
        return Response.ok(competitions.view(c)).tag(Preconditions.entityTag(c.version)).build();
    }

    @PUT
    @Path("/{competitionId}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "updateCompetition", summary = "Change a draft competition (any of its commissioners)",
            description = "Send If-Match with the ETag you read.")
    public Response update(@PathParam("competitionId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CompetitionRequest request) {
        Competition c = competitions.update(id, request, ifMatch, caller);
        return Response.ok(competitions.view(c)).tag(Preconditions.entityTag(c.version)).build();
    }

    @POST
    @Path("/{competitionId}/publication")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "publishCompetition", summary = "Publish a competition to eligible providers",
            description = "A lot with fewer than three eligible providers is refused (422, naming the count) unless "
                    + "overrideLowEligibility is set with a reason.")
    public CompetitionView publish(@PathParam("competitionId") UUID id, @Valid PublishCompetitionRequest request) {
        return competitions.view(competitions.publish(id, request, caller));
    }

    @POST
    @Path("/{competitionId}/cancellation")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "cancelCompetition", summary = "Cancel a competition, with the reason")
    public CompetitionView cancel(@PathParam("competitionId") UUID id, @NotNull @Valid CancelCompetitionRequest request) {
        return competitions.view(competitions.cancel(id, request, caller));
    }
}
