package uk.gov.dynamicframework.competition.competition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.competition.CoCommissioningService.CoCommissioningInvitationView;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/competitions/{competitionId}/co-commissioners/{bodyCode}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Co-commissioning", description = "Invitations to co-commission a competition, answered by the invited body")
public class CoCommissioningResource {

    private final CoCommissioningService coCommissioning;
    private final Caller caller;

    public CoCommissioningResource(CoCommissioningService coCommissioning, Caller caller) {
        this.coCommissioning = coCommissioning;
        this.caller = caller;
    }

    @POST
    @Path("/acceptance")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "acceptCoCommissioning", summary = "Accept your body's invitation to co-commission a draft competition",
            description = "Only a commissioner of the invited body. From then its budget counts and it manages the competition.")
    public CoCommissioningInvitationView accept(@PathParam("competitionId") UUID competitionId,
            @PathParam("bodyCode") String bodyCode) {
        return coCommissioning.accept(competitionId, bodyCode, caller);
    }

    @POST
    @Path("/decline")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "declineCoCommissioning", summary = "Decline your body's invitation to co-commission, with the reason",
            description = "The competition cannot be published while it names a body that declined: the owner removes it.")
    public CoCommissioningInvitationView decline(@PathParam("competitionId") UUID competitionId,
            @PathParam("bodyCode") String bodyCode, @NotNull @Valid DeclineCoCommissioningRequest request) {
        return coCommissioning.decline(competitionId, bodyCode, request.reason(), caller);
    }

    /** Why the body will not co-commission the competition. */
    @Schema(name = "DeclineCoCommissioningRequest", examples = "{\"reason\": \"No budget for this service this year\"}")
    public record DeclineCoCommissioningRequest(@NotBlank @Size(max = 1000) String reason) {
    }
}
