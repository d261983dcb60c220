package uk.gov.dynamicframework.registry.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/organisation-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation changes", description = "Qualified organisations' changes to their declarations, for the framework team to approve")
public class OrganisationChangeResource {

    private final OrganisationService organisations;
    private final Caller caller;

    public OrganisationChangeResource(OrganisationService organisations, Caller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    /** Approving or rejecting: the reason is required, and the organisation is told it by event. */
    @Schema(name = "OrganisationChangeDecision", examples = """
            {"reason": "New charity number checked on the Charity Commission register"}""")
    public record Decision(@NotBlank @Size(max = 2000) String reason) {
    }

    @GET
    @RolesAllowed({ Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listOrganisationChanges", summary = "Requested changes to qualified organisations' declarations",
            description = "Newest first. The framework team and auditors see all; a provider only its own organisation's.")
    public PageOf<OrganisationChangeRequestView> list(
            @QueryParam("status") @Pattern(regexp = "PENDING|APPROVED|REJECTED|WITHDRAWN",
                    message = "must be one of PENDING, APPROVED, REJECTED, WITHDRAWN") String status,
            @QueryParam("organisationId") UUID organisationId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return organisations.changeRequests(status == null ? null : ChangeRequestStatus.valueOf(status), organisationId,
                page, size, caller);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "approveOrganisationChange", summary = "Approve a pending change: the organisation takes the new values",
            description = "Only a PENDING change (409 otherwise); the directory and events follow (df.organisation.updated).")
    public OrganisationChangeRequestView approve(@PathParam("id") UUID id, @NotNull @Valid Decision decision) {
        return OrganisationChangeRequestView.of(organisations.approveChange(id, decision.reason(), caller));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "rejectOrganisationChange", summary = "Reject a pending change: the organisation keeps its approved values",
            description = "Only a PENDING change (409 otherwise).")
    public OrganisationChangeRequestView reject(@PathParam("id") UUID id, @NotNull @Valid Decision decision) {
        return OrganisationChangeRequestView.of(organisations.rejectChange(id, decision.reason(), caller));
    }
}
