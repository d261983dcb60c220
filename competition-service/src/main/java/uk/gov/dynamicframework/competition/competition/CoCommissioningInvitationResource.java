package uk.gov.dynamicframework.competition.competition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.competition.CoCommissioningService.CoCommissioningInvitationView;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/commissioning-bodies/{code}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Co-commissioning", description = "Invitations to co-commission a competition, answered by the invited body")
public class CoCommissioningInvitationResource {

    private final CoCommissioningService coCommissioning;
    private final Caller caller;

    public CoCommissioningInvitationResource(CoCommissioningService coCommissioning, Caller caller) {
        this.coCommissioning = coCommissioning;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.COMMISSIONER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listCoCommissioningInvitations", summary = "A body's invitations to co-commission, newest first",
            description = "The body's own commissioners, the framework team and auditors.")
    public ItemsOf<CoCommissioningInvitationView> invitations(@PathParam("code") String code,
            @QueryParam("status") @Pattern(regexp = InvitationStatus.PATTERN, message = "must be one of {regexp}")
            @Parameter(description = "Only invitations in this state", schema = @Schema(implementation = InvitationStatus.class))
            String status) {
        return new ItemsOf<>(coCommissioning.invitations(code, status == null ? null : InvitationStatus.valueOf(status), caller));
    }
}
