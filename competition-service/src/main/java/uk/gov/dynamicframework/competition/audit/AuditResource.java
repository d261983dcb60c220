package uk.gov.dynamicframework.competition.audit;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.competition.audit.AuditTrail.AuditEntryView;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.security.Roles;

@Path("/v1/competitions/{competitionId}/audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every state change, decision, override and read of a sealed bid, per competition")
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @RolesAllowed({ Roles.AUDITOR, Roles.FRAMEWORK_ADMIN })
    @Operation(operationId = "getCompetitionAuditTrail", summary = "A competition's audit trail, oldest first",
            description = "Auditors and the framework team only. Each entry says who did what, when, to what (a bid, "
                    + "a body, an evaluator) and the details (reasons, overrides, scores before and after moderation).")
    public PageOf<AuditEntryView> trail(@PathParam("competitionId") UUID competitionId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return trail.page(competitionId, page, size);
    }
}
