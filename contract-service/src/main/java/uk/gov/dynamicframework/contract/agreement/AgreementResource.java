package uk.gov.dynamicframework.contract.agreement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.DecisionRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.DisclosureRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.ExtensionRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.RecordAgreementRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementRequests.VariationRequest;
import uk.gov.dynamicframework.contract.agreement.AgreementViews.AgreementView;
import uk.gov.dynamicframework.contract.agreement.AgreementViews.ChangeView;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.Problem;
import uk.gov.dynamicframework.platform.reference.EnumCode;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;
import uk.gov.dynamicframework.platform.web.Preconditions;

@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Contracts and grants made from awards: lifecycle, variations, extensions, history")
@APIResponse(responseCode = "400", description = "Invalid request, each bad field named",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
@APIResponse(responseCode = "404", description = "No such agreement (or not one the caller may read)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class AgreementResource {

    private static final String IF_MATCH = "Send If-Match with the ETag you read (428 without, 412 if it changed since).";

    private final AgreementService agreements;
    private final AgreementAccess access;
    private final IdempotentRequests idempotency;

    public AgreementResource(AgreementService agreements, AgreementAccess access, IdempotentRequests idempotency) {
        this.agreements = agreements;
        this.access = access;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "recordAgreement", summary = "Record an agreement let before the platform (framework team)",
            description = "For agreements such as the 2021 round. Same rules as agreements made from awards: end never "
                    + "before start, value never negative, exactly one owning body.")
    @APIResponse(responseCode = "201", description = "Recorded, mobilising (the lifecycle job moves it on by its dates)")
    @APIResponse(responseCode = "403", description = "Not the framework team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response record(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid RecordAgreementRequest request) {
        return idempotency.once(idempotencyKey, access.caller(), "recordAgreement", request, () -> {
            Agreement a = agreements.record(request, access.caller());
            return Response.created(URI.create("/v1/agreements/" + a.id)).tag(Preconditions.entityTag(a.version))
                    .entity(agreements.view(a, access)).build();
        });
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAgreements", summary = "List the agreements the caller may read",
            description = "Published agreements for everyone; unpublished ones for their commissioners and providers, "
                    + "the framework team and auditors.")
    public PageOf<AgreementView> list(
            @QueryParam("status") @EnumCode(AgreementStatus.class) @Parameter(schema = @Schema(implementation = AgreementStatus.class)) String status,
            @QueryParam("kind") @EnumCode(AgreementKind.class) @Parameter(schema = @Schema(implementation = AgreementKind.class)) String kind,
            @QueryParam("bodyId") @Size(max = 60) @Parameter(description = "Only agreements this commissioning body is party to") String bodyId,
            @QueryParam("leadProviderId") @Parameter(description = "Only agreements led by this organisation") UUID leadProviderId,
            @QueryParam("competitionId") @Parameter(description = "Only agreements made from this competition's awards (one per awarded lot)") UUID competitionId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return agreements.views(agreements.list(status == null ? null : AgreementStatus.valueOf(status),
                kind == null ? null : AgreementKind.valueOf(kind), bodyId, leadProviderId, competitionId, access, page, size),
                access);
    }

    @GET
    @Path("/{agreementId}")
    @PermitAll
    @Operation(operationId = "getAgreement", summary = "Read an agreement",
            description = "In full for its commissioners, providers, the framework team and auditors; a published "
                    + "agreement for everyone else, without contacts or the fields its commissioners mark confidential.")
    public Response get(@PathParam("agreementId") UUID id) {
        Agreement a = access.readable(id);
        agreements.noteRead(a, access);
        return Response.ok(agreements.view(a, access)).tag(Preconditions.entityTag(a.version)).build();
    }

    @GET
    @Path("/{agreementId}/history")
    @RolesAllowed({ Roles.COMMISSIONER, Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "getAgreementHistory", summary = "The agreement's history: every change, who decided, why, from when")
    @APIResponse(responseCode = "403", description = "Not a commissioner or provider of the agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PageOf<ChangeView> history(@PathParam("agreementId") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        Agreement a = access.readable(id);
        access.requireFull(a);
        return agreements.history(a, page, size);
    }

    @POST
    @Path("/{agreementId}/variations")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "varyAgreement", summary = "Vary value, dates or scope (the agreement's commissioners)",
            description = IF_MATCH + " A value below what call-off orders already commit is refused (422) with the figures.")
    @APIResponse(responseCode = "422", description = "Breaks a rule (below committed spend, start of a live agreement)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response vary(@PathParam("agreementId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid VariationRequest request) {
        return ok(agreements.vary(id, ifMatch, request, access));
    }

    @POST
    @Path("/{agreementId}/extensions")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "extendAgreement", summary = "Extend the end date, optionally adding value", description = IF_MATCH)
    public Response extend(@PathParam("agreementId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ExtensionRequest request) {
        return ok(agreements.extend(id, ifMatch, request, access));
    }

    @POST
    @Path("/{agreementId}/suspension")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "suspendAgreement", summary = "Suspend a live agreement, with the rationale", description = IF_MATCH)
    @APIResponse(responseCode = "409", description = "Not live",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response suspend(@PathParam("agreementId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionRequest request) {
        return ok(agreements.suspend(id, ifMatch, request, access));
    }

    @POST
    @Path("/{agreementId}/reinstatement")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "reinstateAgreement", summary = "Reinstate a suspended agreement, with the rationale", description = IF_MATCH)
    public Response reinstate(@PathParam("agreementId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionRequest request) {
        return ok(agreements.reinstate(id, ifMatch, request, access));
    }

    @POST
    @Path("/{agreementId}/termination")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "terminateAgreement", summary = "Terminate an agreement, with the rationale", description = IF_MATCH)
    public Response terminate(@PathParam("agreementId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DecisionRequest request) {
        return ok(agreements.terminate(id, ifMatch, request, access));
    }

    @PUT
    @Path("/{agreementId}/grant-terms")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "setAgreementGrantTerms", summary = "Set a grant's terms: payment schedule, conditions, reporting",
            description = IF_MATCH + " A contract has no grant terms (422).")
    public Response setGrantTerms(@PathParam("agreementId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid GrantTerms request) {
        return ok(agreements.setGrantTerms(id, ifMatch, request, access));
    }

    @PUT
    @Path("/{agreementId}/disclosure")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "setAgreementDisclosure", summary = "Publish or withdraw the agreement, mark fields confidential, set contacts",
            description = IF_MATCH + " Contacts are never shown to the public.")
    public Response setDisclosure(@PathParam("agreementId") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DisclosureRequest request) {
        return ok(agreements.setDisclosure(id, ifMatch, request, access));
    }

    @POST
    @Path("/{agreementId}/co-commissioners/{bodyId}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "acceptAgreementCoCommissioning",
            summary = "Accept your body's invitation to co-commission an agreement recorded by the framework team",
            description = "A commissioner of that body only. Once accepted, the body's share counts and its commissioners "
                    + "manage the agreement; an invitation is answered once (409 after).")
    @APIResponse(responseCode = "403", description = "Not a commissioner of that body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Already accepted or declined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response acceptCoCommissioning(@PathParam("agreementId") UUID id,
            @PathParam("bodyId") @Size(max = 60) String bodyId) {
        return ok(agreements.respondToInvitation(id, bodyId, true, null, access));
    }

    @POST
    @Path("/{agreementId}/co-commissioners/{bodyId}/decline")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "declineAgreementCoCommissioning",
            summary = "Decline your body's invitation to co-commission an agreement, with the reason",
            description = "A commissioner of that body only. The body stays named as having declined: its share never "
                    + "counts and it never manages the agreement.")
    @APIResponse(responseCode = "403", description = "Not a commissioner of that body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Already accepted or declined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response declineCoCommissioning(@PathParam("agreementId") UUID id,
            @PathParam("bodyId") @Size(max = 60) String bodyId, @NotNull @Valid DeclineAgreementCoCommissioningRequest request) {
        return ok(agreements.respondToInvitation(id, bodyId, false, request.reason(), access));
    }

    @Schema(name = "DeclineAgreementCoCommissioningRequest", examples = "{\"reason\": \"No budget for this service this year\"}")
    public record DeclineAgreementCoCommissioningRequest(@jakarta.validation.constraints.NotBlank @Size(max = 1000) String reason) {
    }

    private Response ok(Agreement a) {
        return Response.ok(agreements.view(a, access)).tag(Preconditions.entityTag(a.version)).build();
    }
}
