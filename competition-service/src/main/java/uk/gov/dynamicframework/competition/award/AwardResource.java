package uk.gov.dynamicframework.competition.award;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.award.AwardViews.AwardNoticeView;
import uk.gov.dynamicframework.competition.award.AwardViews.BidFeedbackView;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/competitions/{competitionId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Awards", description = "Award decision, standstill, award notice and bidders' feedback")
public class AwardResource {

    private final AwardService awards;
    private final Caller caller;

    public AwardResource(AwardService awards, Caller caller) {
        this.awards = awards;
        this.caller = caller;
    }

    @POST
    @Path("/award-decision")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "decideCompetitionAward", summary = "Decide the award of every lot and start standstill",
            description = "Each lot goes to its highest-ranked bid or to no award with a reason. The award is made "
                    + "by the service itself when the standstill period ends.")
    public AwardNoticeView decide(@PathParam("competitionId") UUID competitionId,
            @NotNull @Valid AwardDecisionRequest request) {
        return awards.notice(awards.decide(competitionId, request, caller));
    }

    @GET
    @Path("/awards")
    @PermitAll
    @Operation(operationId = "getAwardNotice", summary = "The award notice",
            description = "Public once awarded; the competition's commissioners and evaluators see it during standstill.")
    public AwardNoticeView notice(@PathParam("competitionId") UUID competitionId) {
        return awards.notice(competitionId, caller);
    }

    @GET
    @Path("/bid-feedback/{bidId}")
    @RolesAllowed({ Roles.PROVIDER, Roles.COMMISSIONER })
    @Operation(operationId = "getBidFeedback", summary = "A bidder's own scores against the winner's",
            description = "For the bidder itself (and the competition's commissioners), once the award is decided.")
    public BidFeedbackView feedback(@PathParam("competitionId") UUID competitionId, @PathParam("bidId") UUID bidId) {
        return awards.feedback(competitionId, bidId, caller);
    }
}
