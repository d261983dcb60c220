package uk.gov.dynamicframework.contract.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.contract.audit.AuditTrail.AuditEntryView;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.Problem;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/agreements/{agreementId}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every state change, decision, consent, call-off order and read of confidential detail, per agreement")
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.FRAMEWORK_ADMIN })
    @Operation(operationId = "getAgreementAuditTrail", summary = "An agreement's audit trail, oldest first",
            description = "Auditors and the framework team only. Each entry says who did what, acting as what, when, "
                    + "to what (a call-off order, a commissioning body), why, and the details (terms before and after).")
    @APIResponse(responseCode = "403", description = "Not an auditor or the framework team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "No such agreement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PageOf<AuditEntryView> trail(@PathParam("agreementId") UUID agreementId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return trail.page(agreementId, page, size);
    }
}
