package uk.gov.dynamicframework.supplychain.subcontract;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.reference.KnownCode;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;
import uk.gov.dynamicframework.platform.web.Preconditions;
import uk.gov.dynamicframework.supplychain.ocds.SupplyChainOcds;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractRequests.Confirmation;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractRequests.Ending;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractRequests.NewSubcontract;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractRequests.SubcontractChangeRequest;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractRequests.Withdrawal;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SubcontractChangeView;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SubcontractView;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SupplyChainSummary;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SupplyChainView;

@Path("/v1/supply-chains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Supply chains", description = "Each agreement's lead provider and subcontractors: public to read, kept by the "
        + "lead provider and the agreement's commissioners")
public class SupplyChainResource {

    private static final String CHANGERS = "Only the agreement's lead provider (provider token of that organisation) and "
            + "commissioners of its commissioning bodies; anyone else 403. ";

    private final SupplyChainService chains;
    private final SupplyChainOcds ocds;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public SupplyChainResource(SupplyChainService chains, SupplyChainOcds ocds, IdempotentRequests idempotency, Caller caller) {
        this.chains = chains;
        this.ocds = ocds;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSupplyChains", summary = "List supply chains (one per agreement)",
            description = "Optionally of one lead provider or contract type, in start-date order.")
    public PageOf<SupplyChainSummary> list(@QueryParam("leadProviderId") UUID leadProviderId,
            @QueryParam("contractType") @KnownCode(KnownCode.Kind.CONTRACT_TYPE) String contractType,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return chains.list(leadProviderId, contractType, page, size);
    }

    @GET
    @Path("/{agreementId}")
    @PermitAll
    @Operation(operationId = "getSupplyChain", summary = "Read an agreement's supply chain",
            description = "Every subcontract with its status, share and dates. The ETag is the supply chain's version.")
    public Response get(@PathParam("agreementId") UUID agreementId) {
        SupplyChainView view = chains.supplyChain(agreementId);
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }

    @POST
    @Path("/{agreementId}/subcontracts")
    @RolesAllowed({ Roles.PROVIDER, Roles.COMMISSIONER })
    @Operation(operationId = "proposeSubcontract", summary = "Add a subcontract to a supply chain (proposed until confirmed)",
            description = CHANGERS + "The organisation must be registered; categories and areas within the agreement's; "
                    + "dates within the agreement's; the live subcontracts' shares never above the agreement's value (422 "
                    + "with the available amount); one live subcontract per organisation (409).")
    @APIResponse(responseCode = "201", description = "Proposed")
    public Response propose(@PathParam("agreementId") UUID agreementId,
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid NewSubcontract request, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, caller, "proposeSubcontract", request, () -> {
            SubcontractView view = chains.add(agreementId, request, caller);
            return Response.created(uri.getAbsolutePathBuilder().path(view.subcontractId().toString()).build())
                    .tag(Preconditions.entityTag(view.version())).entity(view).build();
        });
    }

    @GET
    @Path("/{agreementId}/subcontracts/{subcontractId}")
    @PermitAll
    @Operation(operationId = "getSubcontract", summary = "Read a subcontract", description = "The ETag is its version.")
    public Response subcontract(@PathParam("agreementId") UUID agreementId, @PathParam("subcontractId") UUID subcontractId) {
        return withTag(chains.subcontract(agreementId, subcontractId));
    }

    @PUT
    @Path("/{agreementId}/subcontracts/{subcontractId}")
    @RolesAllowed({ Roles.PROVIDER, Roles.COMMISSIONER })
    @Operation(operationId = "changeSubcontract", summary = "Change a proposed or confirmed subcontract's terms (a new version)",
            description = CHANGERS + "Send If-Match with the ETag you read (428 without, 412 if it changed). A confirmed "
                    + "subcontract's new terms count from effectiveFrom; the shares stay within the agreement's value.")
    public Response change(@PathParam("agreementId") UUID agreementId, @PathParam("subcontractId") UUID subcontractId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid SubcontractChangeRequest request) {
        return withTag(chains.change(agreementId, subcontractId, ifMatch, request, caller));
    }

    @POST
    @Path("/{agreementId}/subcontracts/{subcontractId}/confirmation")
    @RolesAllowed({ Roles.PROVIDER, Roles.COMMISSIONER })
    @Operation(operationId = "confirmSubcontract", summary = "Confirm a proposed subcontract",
            description = CHANGERS + "If-Match required. A subcontract without a share cannot be confirmed (422); "
                    + "only a proposed one can (409).")
    public Response confirm(@PathParam("agreementId") UUID agreementId, @PathParam("subcontractId") UUID subcontractId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid Confirmation request) {
        return withTag(chains.confirm(agreementId, subcontractId, ifMatch, request == null ? null : request.reason(), caller));
    }

    @POST
    @Path("/{agreementId}/subcontracts/{subcontractId}/withdrawal")
    @RolesAllowed({ Roles.PROVIDER, Roles.COMMISSIONER })
    @Operation(operationId = "withdrawSubcontract", summary = "Withdraw a proposed subcontract",
            description = CHANGERS + "If-Match required; only a proposed subcontract can be withdrawn (409).")
    public Response withdraw(@PathParam("agreementId") UUID agreementId, @PathParam("subcontractId") UUID subcontractId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Withdrawal request) {
        return withTag(chains.withdraw(agreementId, subcontractId, ifMatch, request.reason(), caller));
    }

    @POST
    @Path("/{agreementId}/subcontracts/{subcontractId}/ending")
    @RolesAllowed({ Roles.PROVIDER, Roles.COMMISSIONER })
    @Operation(operationId = "endSubcontract", summary = "End a confirmed subcontract",
            description = CHANGERS + "If-Match required; the last day within the subcontract's dates (default today).")
    public Response end(@PathParam("agreementId") UUID agreementId, @PathParam("subcontractId") UUID subcontractId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid Ending request) {
        return withTag(chains.end(agreementId, subcontractId, ifMatch, request, caller));
    }

    @GET
    @Path("/{agreementId}/subcontracts/{subcontractId}/history")
    @PermitAll
    @Operation(operationId = "getSubcontractHistory", summary = "Every version of a subcontract: who did what, why and when")
    public ItemsOf<SubcontractChangeView> history(@PathParam("agreementId") UUID agreementId,
            @PathParam("subcontractId") UUID subcontractId) {
        return new ItemsOf<>(chains.history(agreementId, subcontractId));
    }

    @GET
    @Path("/{agreementId}/ocds")
    @PermitAll
    @Operation(operationId = "getSupplyChainOcdsReleasePackage", summary = "An agreement's supply chain as an OCDS release package",
            description = "OCDS 1.1 with the UK extension's subcontracting fields: the award's hasSubcontracting and "
                    + "subcontracting (value, description), subcontractors as parties (role subcontractor, details.vcse), "
                    + "each subcontractor added, changed or removed as a contract amendment.")
    public ObjectNode ocds(@PathParam("agreementId") UUID agreementId) {
        return ocds.releasePackage(agreementId);
    }

    private static Response withTag(SubcontractView view) {
        return Response.ok(view).tag(Preconditions.entityTag(view.version())).build();
    }
}
