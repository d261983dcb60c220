package uk.gov.dynamicframework.registry.organisation;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;
import uk.gov.dynamicframework.platform.web.Preconditions;

@Path("/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Organisations that deliver, or want to deliver, probation services")
public class OrganisationResource {

    private final OrganisationService organisations;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public OrganisationResource(OrganisationService organisations, IdempotentRequests idempotency, Caller caller) {
        this.organisations = organisations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN })
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation",
            description = "Legal identifiers are claims until the framework team verifies them. An identifier another "
                    + "registration claims but nobody has verified is accepted and flagged as a conflict for the framework "
                    + "team; an identifier verified as another organisation's is a 409.")
    @APIResponse(responseCode = "201", description = "Registered")
    public Response register(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @NotNull @Valid OrganisationRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        return idempotency.once(idempotencyKey, caller, "registerOrganisation", request, () -> {
            Organisation organisation = organisations.register(request, caller);
            return Response.created(uri.getAbsolutePathBuilder().path(organisation.id.toString()).build())
                    .tag(Preconditions.entityTag(organisation.version)).entity(OrganisationView.of(organisation)).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listOrganisations", summary = "List every registered organisation, whatever its status",
            description = "For the framework team and auditors. The public directory is at /v1/directory/providers.")
    public PageOf<OrganisationView> list(@QueryParam("identifier") String identifier,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return organisations.list(identifier, page, size);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getOrganisation", summary = "Read an organisation",
            description = "The organisation itself, the framework team and auditors see everything; others see only "
                    + "qualified providers' public details.")
    public Response get(@PathParam("id") UUID id) {
        Organisation organisation = organisations.find(id);
        return Response.ok(organisations.viewFor(organisation, caller)).tag(Preconditions.entityTag(organisation.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN })
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation's details",
            description = "Providers update only their own organisation; send If-Match with the ETag you read. Once "
                    + "the organisation is qualified, changes to its legal identifiers, legal form, sector, income band "
                    + "or characteristics wait for the framework team (202, the body shows the approved values; see "
                    + "/v1/organisation-changes); the other fields apply at once.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "202", description = "Self-service fields updated; reviewed declarations held for the framework team")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrganisationRequest request) {
        OrganisationService.Update update = organisations.update(id, request, ifMatch, caller);
        Organisation organisation = update.organisation();
        return Response.status(update.pendingChange() == null ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(OrganisationView.of(organisation)).tag(Preconditions.entityTag(organisation.version)).build();
    }

    @GET
    @Path("/{id}/identifier-claims")
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listOrganisationIdentifierClaims", summary = "Who claimed which identifier for the organisation, when, and what the framework team decided")
    public ItemsOf<IdentifierClaimDtos.IdentifierClaimView> identifierClaims(@PathParam("id") UUID id) {
        return new ItemsOf<>(organisations.identifierClaims(id, caller));
    }

    /** One entry of an organisation's history. */
    public record OrganisationChangeView(Instant at, String actor, String action, String reason,
            Map<String, OrganisationChange.FieldChange> changes) {
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "getOrganisationHistory", summary = "Who changed what in an organisation, and when")
    public ItemsOf<OrganisationChangeView> history(@PathParam("id") UUID id) {
        return new ItemsOf<>(organisations.history(id, caller).stream()
                .map(c -> new OrganisationChangeView(c.at, c.actor, c.action, c.reason, c.changes)).toList());
    }
}
