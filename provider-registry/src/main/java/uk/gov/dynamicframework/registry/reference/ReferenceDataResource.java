package uk.gov.dynamicframework.registry.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Service categories, probation regions and police force areas")
public class ReferenceDataResource {

    private final ReferenceData reference;

    public ReferenceDataResource(ReferenceData reference) {
        this.reference = reference;
    }

    public record ServiceCategoryList(List<ReferenceData.ServiceCategory> items) {
    }

    public record ProbationRegionList(List<ReferenceData.ProbationRegion> items) {
    }

    public record PoliceForceAreaList(List<ReferenceData.PoliceForceArea> items) {
    }

    @GET
    @Path("/service-categories")
    @Operation(operationId = "listServiceCategories", summary = "The 14 service categories of the framework")
    public ServiceCategoryList categories() {
        return new ServiceCategoryList(reference.categories());
    }

    @GET
    @Path("/probation-regions")
    @Operation(operationId = "listProbationRegions", summary = "The 12 probation regions, with their nDelius codes")
    public ProbationRegionList regions() {
        return new ProbationRegionList(reference.regions());
    }

    @GET
    @Path("/police-force-areas")
    @Operation(operationId = "listPoliceForceAreas", summary = "The 43 police force areas with GSS codes, optionally of one region")
    public PoliceForceAreaList areas(@QueryParam("region") String region) {
        if (region != null) {
            reference.requireRegion("region", region);
        }
        return new PoliceForceAreaList(reference.areas().stream()
                .filter(a -> region == null || a.regionCode().equals(region)).toList());
    }
}
