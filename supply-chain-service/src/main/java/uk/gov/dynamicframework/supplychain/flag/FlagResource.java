package uk.gov.dynamicframework.supplychain.flag;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.Preconditions;

@Path("/v1/diversity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supply-chain flags", description = "What commissioners should look at in supply chains, and their thresholds")
public class FlagResource {

    private static final String KINDS = "NO_SUBCONTRACTORS|REPEATED_ORGANISATIONS|NO_VOLUNTARY_ORGANISATION|"
            + "SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD|SHARES_EXCEED_VALUE";

    private final FlagService flags;
    private final Caller caller;

    public FlagResource(FlagService flags, Caller caller) {
        this.flags = flags;
        this.caller = caller;
    }

    @GET
    @Path("/flags")
    @PermitAll
    @Operation(operationId = "listSupplyChainFlags", summary = "List supply-chain flags",
            description = "Open flags (or every flag with includeResolved=true), optionally of one kind or one commissioning body, oldest first.")
    public PageOf<FlagViews.FlagView> list(
            @QueryParam("kind") @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
            @QueryParam("bodyId") @Size(max = 100) String bodyId,
            @QueryParam("includeResolved") @DefaultValue("false") boolean includeResolved,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return flags.list(kind == null ? null : FlagKind.valueOf(kind), bodyId, includeResolved, page, size);
    }

    @GET
    @Path("/small-organisation-thresholds/{bodyId}")
    @PermitAll
    @Operation(operationId = "getSmallOrganisationShareThreshold", summary = "Read a commissioning body's small-organisation share threshold")
    public Response threshold(@PathParam("bodyId") @Size(max = 100) String bodyId) {
        FlagViews.ThresholdView view = flags.threshold(bodyId);
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @PUT
    @Path("/small-organisation-thresholds/{bodyId}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "setSmallOrganisationShareThreshold", summary = "Set a commissioning body's small-organisation share threshold",
            description = "Only a commissioner of that body (403 otherwise). If-Match with the ETag read when changing an existing threshold. "
                    + "The body's agreements whose share to small organisations falls below it are flagged.")
    public Response setThreshold(@PathParam("bodyId") @Size(max = 100) String bodyId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid FlagViews.ThresholdRequest request) {
        FlagViews.ThresholdView view = flags.setThreshold(bodyId, ifMatch, request.minimumShare(), caller);
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
