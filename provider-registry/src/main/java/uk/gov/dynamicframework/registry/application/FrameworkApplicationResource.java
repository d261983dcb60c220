package uk.gov.dynamicframework.registry.application;

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
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;
import uk.gov.dynamicframework.registry.application.FrameworkDecisionRequests.Note;
import uk.gov.dynamicframework.registry.application.FrameworkDecisionRequests.Reasons;
import uk.gov.dynamicframework.registry.application.FrameworkDecisionRequests.Suspension;

@Path("/v1/framework-applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Framework applications", description = "Joining the framework at any time, and the framework team's decisions")
public class FrameworkApplicationResource {

    private final FrameworkApplicationService applications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public FrameworkApplicationResource(FrameworkApplicationService applications, IdempotentRequests idempotency,
            Caller caller) {
        this.applications = applications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "submitFrameworkApplication", summary = "Apply to join the framework",
            description = "Only the organisation itself applies (its provider token). One live application per "
                    + "organisation (409 otherwise); a rejected or removed organisation may apply again.")
    @APIResponse(responseCode = "201", description = "Submitted")
    public Response submit(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid FrameworkApplicationRequest request, @Context UriInfo uri) {
        return idempotency.once(idempotencyKey, caller, "submitFrameworkApplication", request, () -> {
            FrameworkApplication application = applications.submit(request, caller);
            return Response.created(uri.getAbsolutePathBuilder().path(application.id.toString()).build())
                    .entity(FrameworkApplicationView.of(application)).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listFrameworkApplications", summary = "List applications, optionally by status",
            description = "The framework team and auditors see all; a provider sees only its own organisation's.")
    public PageOf<FrameworkApplicationView> list(@QueryParam("status") @Pattern(regexp = "SUBMITTED|QUALIFIED|REJECTED|SUSPENDED|REMOVED",
                    message = "must be one of SUBMITTED, QUALIFIED, REJECTED, SUSPENDED, REMOVED") String status,
            @QueryParam("organisationId") UUID organisationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return applications.list(status == null ? null : ApplicationStatus.valueOf(status), organisationId, page, size, caller).map(FrameworkApplicationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "getFrameworkApplication", summary = "Read an application, its evidence and decisions",
            description = "For the organisation itself, the framework team and auditors only.")
    public FrameworkApplicationView get(@PathParam("id") UUID id) {
        return FrameworkApplicationView.of(applications.read(id, caller));
    }

    @POST
    @Path("/{id}/qualify")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "qualifyFrameworkApplication", summary = "Qualify the organisation on the framework",
            description = "Only a submitted application that declares every criterion met (422 otherwise), of an "
                    + "organisation none of whose identifiers another organisation also claims (409 naming the conflict).")
    public FrameworkApplicationView qualify(@PathParam("id") UUID id, @Valid Note note) {
        return FrameworkApplicationView.of(applications.qualify(id, note == null ? null : note.reason(), caller));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "rejectFrameworkApplication", summary = "Reject a submitted application, with reasons",
            description = "The organisation may apply again.")
    public FrameworkApplicationView reject(@PathParam("id") UUID id, @NotNull @Valid Reasons reasons) {
        return FrameworkApplicationView.of(applications.reject(id, reasons.reason(), caller));
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "suspendFrameworkProvider", summary = "Suspend a qualified provider until a date",
            description = "While suspended, its offers are not public and do not count for eligibility.")
    public FrameworkApplicationView suspend(@PathParam("id") UUID id, @NotNull @Valid Suspension suspension) {
        return FrameworkApplicationView.of(applications.suspend(id, suspension.reason(), suspension.until(), caller));
    }

    @POST
    @Path("/{id}/reinstate")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "reinstateFrameworkProvider", summary = "Reinstate a suspended provider")
    public FrameworkApplicationView reinstate(@PathParam("id") UUID id, @Valid Note note) {
        return FrameworkApplicationView.of(applications.reinstate(id, note == null ? null : note.reason(), caller));
    }

    @POST
    @Path("/{id}/remove")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "removeFrameworkProvider", summary = "Remove a qualified or suspended provider from the framework",
            description = "Its service offers are withdrawn. The organisation may apply again later.")
    public FrameworkApplicationView remove(@PathParam("id") UUID id, @NotNull @Valid Reasons reasons) {
        return FrameworkApplicationView.of(applications.remove(id, reasons.reason(), caller));
    }
}
