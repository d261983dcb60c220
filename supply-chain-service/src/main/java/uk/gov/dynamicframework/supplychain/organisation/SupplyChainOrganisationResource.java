package uk.gov.dynamicframework.supplychain.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainService;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SubcontractView;

@Path("/v1/supply-chain-organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supply-chain organisations", description = "Organisations as supply-chain analytics knows them")
public class SupplyChainOrganisationResource {

    private final Caller caller;
    private final SupplyChainService chains;

    public SupplyChainOrganisationResource(Caller caller, SupplyChainService chains) {
        this.caller = caller;
        this.chains = chains;
    }

    /** An organisation's attributes that count for supply-chain diversity. */
    public record SupplyChainOrganisationView(UUID organisationId, String name, String sector, String incomeBand,
            List<String> characteristics, String town, String frameworkStatus, boolean voluntary, boolean small) {
    }

    @GET
    @Path("/{organisationId}")
    @RolesAllowed({ Roles.FRAMEWORK_ADMIN, Roles.COMMISSIONER, Roles.PROVIDER, Roles.AUDITOR })
    @Operation(operationId = "getSupplyChainOrganisation", summary = "Read an organisation as supply-chain analytics knows it",
            description = "Providers read only their own organisation here.")
    public SupplyChainOrganisationView get(@PathParam("organisationId") UUID organisationId) {
        SupplyChainOrganisation o = SupplyChainOrganisation.findById(organisationId);
        boolean ownOrPrivileged = !caller.hasRole(Roles.PROVIDER) || caller.actsFor(organisationId);
        if (o == null || !ownOrPrivileged) {
            throw ApiException.notFound("Organisation", organisationId);
        }
        return new SupplyChainOrganisationView(o.id, o.name, o.sector, o.incomeBand, List.of(o.characteristics), o.town,
                o.frameworkStatus, o.isVoluntary(), o.isSmall());
    }

    @GET
    @Path("/{organisationId}/subcontracts")
    @RolesAllowed(Roles.PROVIDER)
    @Operation(operationId = "listOwnSubcontracts", summary = "The subcontracts an organisation is in, with their agreements",
            description = "Only the organisation itself (its provider token); another organisation's: 403.")
    public ItemsOf<SubcontractView> subcontracts(@PathParam("organisationId") UUID organisationId) {
        return new ItemsOf<>(chains.ofOrganisation(organisationId, caller));
    }
}
