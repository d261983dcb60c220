package uk.gov.dynamicframework.registry.reference;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.REGION;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.reference.KnownCode;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Service categories, probation regions and police force areas")
public class ReferenceDataResource {

    private final ReferenceCodes reference;

    public ReferenceDataResource(ReferenceCodes reference) {
        this.reference = reference;
    }

    public record ServiceCategoryList(List<ReferenceCodes.Category> items) {
    }

    public record ProbationRegionList(List<ReferenceCodes.Region> items) {
    }

    public record PoliceForceAreaList(List<ReferenceCodes.Area> items) {
    }

    @GET
    @Path("/service-categories")
    @PermitAll
    @Operation(operationId = "listServiceCategories", summary = "The 14 service categories of the framework")
    public ServiceCategoryList categories() {
        return new ServiceCategoryList(reference.categories());
    }

    @GET
    @Path("/probation-regions")
    @PermitAll
    @Operation(operationId = "listProbationRegions", summary = "The 12 probation regions, with their nDelius codes")
    public ProbationRegionList regions() {
        return new ProbationRegionList(reference.regions());
    }

    @GET
    @Path("/police-force-areas")
    @PermitAll
    @Operation(operationId = "listPoliceForceAreas", summary = "The 43 police force areas with GSS codes, optionally of one region")
    public PoliceForceAreaList areas(@QueryParam("region") @KnownCode(REGION) String region) {
        return new PoliceForceAreaList(reference.areas().stream()
                .filter(a -> region == null || a.regionCode().equals(region)).toList());
    }
}
