package uk.gov.dynamicframework.competition.body;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;

@Path("/v1/commissioning-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Commissioning bodies", description = "Public bodies that commission services, alone or together")
public class CommissioningBodyResource {

    private final CommissioningBodyService bodies;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public CommissioningBodyResource(CommissioningBodyService bodies, IdempotentRequests idempotency, Caller caller) {
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "registerCommissioningBody", summary = "Register a commissioning body")
    public Response register(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid CommissioningBodyRequest request) {
        return idempotency.once(idempotencyKey, caller, "registerCommissioningBody", request, () -> {
            CommissioningBody body = bodies.register(request, caller);
            return Response.created(URI.create("/v1/commissioning-bodies/" + body.code)).entity(CommissioningBodyView.of(body)).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCommissioningBodies", summary = "List commissioning bodies")
    public PageOf<CommissioningBodyView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return bodies.list(page, size);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(operationId = "getCommissioningBody", summary = "Read a commissioning body")
    public CommissioningBodyView get(@PathParam("code") String code) {
        return CommissioningBodyView.of(bodies.find(code));
    }
}
