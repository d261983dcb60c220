package uk.gov.dynamicframework.competition.clarification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.clarification.ClarificationRequests.ClarificationAnswerRequest;
import uk.gov.dynamicframework.competition.clarification.ClarificationRequests.ClarificationQuestionRequest;
import uk.gov.dynamicframework.competition.clarification.ClarificationRequests.ClarificationView;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;

@Path("/v1/competitions/{competitionId}/clarifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clarifications", description = "Questions from eligible providers, answered to all of them anonymously")
public class ClarificationResource {

    private final ClarificationService clarifications;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public ClarificationResource(ClarificationService clarifications, IdempotentRequests idempotency, Caller caller) {
        this.clarifications = clarifications;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "askClarification", summary = "Ask a question before the clarification deadline")
    public Response ask(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @PathParam("competitionId") UUID competitionId, @NotNull @Valid ClarificationQuestionRequest request) {
        return idempotency.once(idempotencyKey, caller, "askClarification:" + competitionId, request, () -> {
            Clarification q = clarifications.ask(competitionId, request, caller);
            return Response.created(URI.create("/v1/competitions/" + competitionId + "/clarifications/" + q.id))
                    .entity(ClarificationService.view(q, true)).build();
        });
    }

    @PUT
    @Path("/{clarificationId}/answer")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(operationId = "answerClarification", summary = "Answer a question and publish it to every eligible provider",
            description = "The published clarification never says who asked.")
    public ClarificationView answer(@PathParam("competitionId") UUID competitionId,
            @PathParam("clarificationId") UUID clarificationId, @NotNull @Valid ClarificationAnswerRequest request) {
        return ClarificationService.view(clarifications.answer(competitionId, clarificationId, request, caller), false);
    }

    @GET
    @PermitAll
    @Operation(operationId = "listClarifications", summary = "List clarifications",
            description = "Answered clarifications of a published competition are public. Its commissioners, evaluators "
                    + "and auditors also see unanswered questions; a provider also sees its own. Who asked is shown to "
                    + "the asker and the framework team only.")
    public ItemsOf<ClarificationView> list(@PathParam("competitionId") UUID competitionId) {
        return new ItemsOf<>(clarifications.list(competitionId, caller));
    }
}
