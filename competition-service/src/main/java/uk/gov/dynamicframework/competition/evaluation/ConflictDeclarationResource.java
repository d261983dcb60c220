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
import uk.gov.dynamicframework.competition.evaluation.EvaluatorService.ConflictDeclarationRequest;
import uk.gov.dynamicframework.competition.evaluation.EvaluatorService.ConflictDeclarationsView;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/competitions/{competitionId}/conflict-declarations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Independent scoring, moderation and ranking of bids for a lot")
public class ConflictDeclarationResource {

    private final EvaluatorService evaluators;
    private final Caller caller;

    public ConflictDeclarationResource(EvaluatorService evaluators, Caller caller) {
        this.evaluators = evaluators;
        this.caller = caller;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(operationId = "getMyConflictDeclarations", summary = "The bidders you must declare about, and your declarations",
            description = "After the submission deadline only (422 before): the bidders are known then.")
    public ConflictDeclarationsView mine(@PathParam("competitionId") UUID competitionId) {
        return evaluators.mine(competitionId, caller);
    }

    @PUT
    @Path("/mine")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(operationId = "declareConflicts", summary = "Declare any conflict of interest with each bidder",
            description = "Required for every bidder before you read or score a bid (409 otherwise). A conflict, once "
                    + "declared, stands: you never read nor score that bidder's bid (403), and scores you gave it are dropped.")
    public ConflictDeclarationsView declare(@PathParam("competitionId") UUID competitionId,
            @NotNull @Valid ConflictDeclarationRequest request) {
        return evaluators.declare(competitionId, request, caller);
    }
}
