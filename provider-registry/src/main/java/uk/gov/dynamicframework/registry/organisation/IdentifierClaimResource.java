package uk.gov.dynamicframework.registry.organisation;

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
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.registry.organisation.IdentifierClaimDtos.IdentifierClaimView;
import uk.gov.dynamicframework.registry.organisation.IdentifierClaimDtos.IdentifierConflictView;
import uk.gov.dynamicframework.registry.organisation.IdentifierClaimDtos.RejectionRequest;
import uk.gov.dynamicframework.registry.organisation.IdentifierClaimDtos.VerificationRequest;

@Path("/v1/identifier-claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Identifier claims", description = "Legal identifiers are claims until the framework team verifies them")
public class IdentifierClaimResource {

    private final IdentifierClaimService claims;
    private final Caller caller;

    public IdentifierClaimResource(IdentifierClaimService claims, Caller caller) {
        this.claims = claims;
        this.caller = caller;
    }

    @GET
    @Path("/conflicts")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "listIdentifierConflicts", summary = "Identifiers claimed by more than one organisation",
            description = "Unverified identifiers that several registrations claim, with each claim (who, when). "
                    + "None of these organisations can be qualified until the framework team verifies one claim.")
    public ItemsOf<IdentifierConflictView> conflicts() {
        return new ItemsOf<>(claims.conflicts());
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "verifyIdentifierClaim", summary = "Verify an organisation's claim to an identifier",
            description = "Records the evidence and reason; every other open claim to the identifier is rejected and "
                    + "the identifier taken off those organisations. Only a CLAIMED claim (409 otherwise).")
    public IdentifierClaimView verify(@PathParam("id") UUID id, @NotNull @Valid VerificationRequest request) {
        return claims.view(claims.verify(id, request.evidence(), request.reason(), caller));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.FRAMEWORK_ADMIN)
    @Operation(operationId = "rejectIdentifierClaim", summary = "Reject an organisation's claim to an identifier",
            description = "The identifier is taken off the organisation. Only a CLAIMED claim (409 otherwise).")
    public IdentifierClaimView reject(@PathParam("id") UUID id, @NotNull @Valid RejectionRequest request) {
        return claims.view(claims.reject(id, request.reason(), caller));
    }
}
