package uk.gov.dynamicframework.competition.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.evaluation.EvaluationService.EvaluatorScoreView;
import uk.gov.dynamicframework.competition.evaluation.EvaluationService.ModeratedScoreView;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/competitions/{competitionId}/lots/{lotId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Independent scoring, moderation and ranking of bids for a lot")
public class EvaluationResource {

    private final EvaluationService evaluation;
    private final Caller caller;

    public EvaluationResource(EvaluationService evaluation, Caller caller) {
        this.evaluation = evaluation;
        this.caller = caller;
    }

    @PUT
    @Path("/bids/{bidId}/scores/mine")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(operationId = "scoreBid", summary = "Record your own independent scores of a bid for a lot")
    public EvaluatorScoreView score(@PathParam("competitionId") UUID competitionId, @PathParam("lotId") UUID lotId,
            @PathParam("bidId") UUID bidId, @NotNull @Valid ScoreRequest request) {
        return evaluation.score(competitionId, lotId, bidId, request, caller);
    }

    @GET
    @Path("/bids/{bidId}/scores")
    @RolesAllowed({ Roles.COMMISSIONER, Roles.EVALUATOR })
    @Operation(operationId = "listBidScores", summary = "Evaluators' scores of a bid (an evaluator sees only its own)")
    public ItemsOf<EvaluatorScoreView> scores(@PathParam("competitionId") UUID competitionId,
            @PathParam("lotId") UUID lotId, @PathParam("bidId") UUID bidId) {
        return new ItemsOf<>(evaluation.scores(competitionId, lotId, bidId, caller));
    }

    @PUT
    @Path("/bids/{bidId}/moderation")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "moderateBidScores", summary = "Set the final, moderated score of a bid for a lot")
    public ModeratedScoreView moderate(@PathParam("competitionId") UUID competitionId, @PathParam("lotId") UUID lotId,
            @PathParam("bidId") UUID bidId, @NotNull @Valid ModerationRequest request) {
        return evaluation.moderate(competitionId, lotId, bidId, request, caller);
    }

    @GET
    @Path("/ranking")
    @RolesAllowed({ Roles.COMMISSIONER, Roles.EVALUATOR })
    @Operation(operationId = "getLotRanking", summary = "Rank a lot's bids from their moderated scores")
    public ItemsOf<Ranking.RankedBid> ranking(@PathParam("competitionId") UUID competitionId,
            @PathParam("lotId") UUID lotId) {
        return new ItemsOf<>(evaluation.ranking(competitionId, lotId, caller));
    }
}
