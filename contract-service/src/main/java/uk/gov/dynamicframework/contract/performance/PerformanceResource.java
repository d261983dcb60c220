package uk.gov.dynamicframework.contract.performance;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.contract.agreement.AgreementAccess;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.AgreementSummary;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.CorrectionRequest;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.ReturnRequest;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.ReturnView;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.problem.Problem;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.Preconditions;

@Path("/v1/agreements/{agreementId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Performance", description = "Quarterly returns from lead providers, and their summaries")
@APIResponse(responseCode = "404", description = "No such agreement or return",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
public class PerformanceResource {

    private final PerformanceService performance;
    private final AgreementAccess access;

    public PerformanceResource(PerformanceService performance, AgreementAccess access) {
        this.performance = performance;
        this.access = access;
    }

    @POST
    @Path("/performance-returns")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "filePerformanceReturn", summary = "File a quarter's return (the lead provider)",
            description = "Completions never above starts, starts never above referrals, outcomes by the agreement's "
                    + "categories, no quarter that has not begun (400 naming the field). One return per quarter: "
                    + "a second is 409, correct it with PUT.")
    @APIResponse(responseCode = "201", description = "Filed (version 1)")
    @APIResponse(responseCode = "409", description = "Already filed for the quarter, or the agreement is mobilising",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response file(@PathParam("agreementId") UUID agreementId, @NotNull @Valid ReturnRequest request) {
        PerformanceReturn r = performance.file(agreementId, request, access);
        return Response.created(URI.create("/v1/agreements/" + agreementId + "/performance-returns/" + r.quarter))
                .tag(Preconditions.entityTag(r.returnVersion)).entity(ReturnView.of(r)).build();
    }

    @PUT
    @Path("/performance-returns/{quarter}")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "correctPerformanceReturn", summary = "Correct a quarter's return: a new version, the earlier kept",
            description = "Send If-Match with the ETag of the version you read.")
    public Response correct(@PathParam("agreementId") UUID agreementId,
            @PathParam("quarter") @Pattern(regexp = Quarter.PATTERN, message = "must be a quarter such as 2026-Q1") String quarter,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid CorrectionRequest request) {
        PerformanceReturn r = performance.correct(agreementId, quarter, ifMatch, request, access);
        return Response.ok(ReturnView.of(r)).tag(Preconditions.entityTag(r.returnVersion)).build();
    }

    @GET
    @Path("/performance-returns")
    @RolesAllowed({ Roles.COMMISSIONER, Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "listPerformanceReturns", summary = "The latest version of each quarter's return",
            description = "For the agreement's commissioners and providers, the framework team and auditors.")
    public ItemsOf<ReturnView> list(@PathParam("agreementId") UUID agreementId) {
        Agreement a = access.readable(agreementId);
        access.requireFull(a);
        return ItemsOf.of(performance.latest(a).stream().map(ReturnView::of).toList());
    }

    @GET
    @Path("/performance-returns/{quarter}")
    @RolesAllowed({ Roles.COMMISSIONER, Roles.PROVIDER, Roles.FRAMEWORK_ADMIN, Roles.AUDITOR })
    @Operation(operationId = "getPerformanceReturnVersions", summary = "Every version of a quarter's return, oldest first",
            description = "The ETag is the latest version's, for a correction's If-Match.")
    public Response versions(@PathParam("agreementId") UUID agreementId,
            @PathParam("quarter") @Pattern(regexp = Quarter.PATTERN, message = "must be a quarter such as 2026-Q1") String quarter) {
        Agreement a = access.readable(agreementId);
        access.requireFull(a);
        var versions = performance.versions(a, quarter);
        return Response.ok(ItemsOf.of(versions.stream().map(ReturnView::of).toList()))
                .tag(Preconditions.entityTag(versions.get(versions.size() - 1).returnVersion)).build();
    }

    @GET
    @Path("/performance-summary")
    @PermitAll
    @Operation(operationId = "getAgreementPerformanceSummary", summary = "Totals of the agreement's returns, by quarter",
            description = "Public for a published agreement.")
    public AgreementSummary summary(@PathParam("agreementId") UUID agreementId) {
        return performance.summary(access.readable(agreementId));
    }
}
