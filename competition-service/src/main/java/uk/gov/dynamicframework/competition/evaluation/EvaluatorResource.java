package uk.gov.dynamicframework.competition.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.evaluation.EvaluatorService.AssignEvaluatorRequest;
import uk.gov.dynamicframework.competition.evaluation.EvaluatorService.CompetitionEvaluatorView;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/competitions/{competitionId}/evaluators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation", description = "Independent scoring, moderation and ranking of bids for a lot")
public class EvaluatorResource {

    private final EvaluatorService evaluators;
    private final Caller caller;

    public EvaluatorResource(EvaluatorService evaluators, Caller caller) {
        this.evaluators = evaluators;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "assignEvaluator", summary = "Name an evaluator of the competition (its owner's commissioners)",
            description = "The evaluator is the subject of an evaluator token; only named evaluators score its bids.")
    @APIResponse(responseCode = "201", description = "Named")
    public Response assign(@PathParam("competitionId") UUID competitionId, @NotNull @Valid AssignEvaluatorRequest request) {
        CompetitionEvaluatorView view = evaluators.assign(competitionId, request.evaluator(), caller);
        return Response.created(URI.create("/v1/competitions/" + competitionId + "/evaluators/" + view.evaluator()))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.COMMISSIONER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listEvaluators", summary = "The competition's named evaluators and the bidders each is conflicted with")
    public ItemsOf<CompetitionEvaluatorView> list(@PathParam("competitionId") UUID competitionId) {
        return new ItemsOf<>(evaluators.list(competitionId, caller));
    }

    @DELETE
    @Path("/{evaluator}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "removeEvaluator", summary = "Remove an evaluator who has not scored yet (its owner's commissioners)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("competitionId") UUID competitionId, @PathParam("evaluator") String evaluator) {
        evaluators.remove(competitionId, evaluator, caller);
    }
}
