package uk.gov.dynamicframework.competition.bid;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.bid.BidViews.BidReceiptView;
import uk.gov.dynamicframework.competition.bid.BidViews.BidView;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;

@Path("/v1/competitions/{competitionId}/bids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bids", description = "Sealed bids: nobody reads them before the submission deadline")
public class BidResource {

    private final BidService bids;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public BidResource(BidService bids, IdempotentRequests idempotency, Caller caller) {
        this.bids = bids;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "submitBid", summary = "Submit a sealed bid",
            description = "Only eligible providers, before the deadline. The receipt carries the server's time and the "
                    + "SHA-256 hash of the contents; a late bid is refused (422) with the server's receipt time.")
    @APIResponse(responseCode = "201", description = "Received; the body is the receipt")
    public Response submit(
            @Parameter(description = "Optional: retries with the same key and body get the first response again") @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @PathParam("competitionId") UUID competitionId, @NotNull @Valid BidRequest request) {
        return idempotency.once(idempotencyKey, caller, "submitBid:" + competitionId, request, () -> {
            BidReceiptView receipt = bids.submit(competitionId, request, caller);
            return Response.created(URI.create("/v1/competitions/" + competitionId + "/bids/" + receipt.bidId()))
                    .entity(receipt).build();
        });
    }

    @PUT
    @Path("/{bidId}")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "resubmitBid", summary = "Replace your bid's contents before the deadline")
    public BidReceiptView resubmit(@PathParam("competitionId") UUID competitionId, @PathParam("bidId") UUID bidId,
            @NotNull @Valid BidRequest request) {
        return bids.resubmit(competitionId, bidId, request, caller);
    }

    @POST
    @Path("/{bidId}/withdrawal")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "withdrawBid", summary = "Withdraw your bid before the deadline")
    public BidReceiptView withdraw(@PathParam("competitionId") UUID competitionId, @PathParam("bidId") UUID bidId) {
        return bids.withdraw(competitionId, bidId, caller);
    }

    @GET
    @Path("/{bidId}")
    @RolesAllowed({ Roles.PROVIDER, Roles.COMMISSIONER, Roles.EVALUATOR, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "getBid", summary = "Read a bid's contents",
            description = "Its provider at any time; the competition's commissioners and evaluators after the "
                    + "submission deadline; nobody else, ever (403, or 404 for other providers).")
    public BidView get(@PathParam("competitionId") UUID competitionId, @PathParam("bidId") UUID bidId) {
        return bids.read(competitionId, bidId, caller);
    }

    @GET
    @RolesAllowed({ Roles.PROVIDER, Roles.COMMISSIONER, Roles.EVALUATOR, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listBids", summary = "List bids",
            description = "A provider sees its own; the competition's commissioners and evaluators see all after the deadline.")
    public ItemsOf<BidView> list(@PathParam("competitionId") UUID competitionId) {
        return new ItemsOf<>(bids.list(competitionId, caller));
    }
}
