package uk.gov.dynamicframework.registry.directory;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.AREA;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.CATEGORY;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.REGION;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.reference.EnumCode;
import uk.gov.dynamicframework.platform.reference.KnownCode;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.CoverageView;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.DirectoryCard;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.DirectoryProviderPage;
import uk.gov.dynamicframework.registry.organisation.Characteristic;
import uk.gov.dynamicframework.registry.organisation.IncomeBand;
import uk.gov.dynamicframework.registry.organisation.Sector;

@Path("/v1/directory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "Public directory of qualified providers and what they offer where")
public class DirectoryResource {

    private final DirectoryService directory;

    public DirectoryResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @Path("/providers")
    @PermitAll
    @Operation(operationId = "searchProviderDirectory", summary = "Search qualified providers",
            description = "Public. Filters combine with AND; repeat sector, incomeBand or characteristic for several "
                    + "values (any sector or band; every characteristic). A police force area also matches offers of "
                    + "its whole region; a region matches offers in any of its areas. Sorted by name unless sort says "
                    + "otherwise.")
    @APIResponse(responseCode = "200", description = "One page of providers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DirectoryProviderPage.class)))
    public PageOf<DirectoryCard> providers(
            @Parameter(example = "ACCOMMODATION") @QueryParam("category") @KnownCode(CATEGORY) String category,
            @Parameter(example = "E23000035") @QueryParam("area") @KnownCode(AREA) String area,
            @Parameter(example = "SW") @QueryParam("region") @KnownCode(REGION) String region,
            @Parameter(example = "VOLUNTARY_AND_COMMUNITY") @QueryParam("sector") List<@EnumCode(value = Sector.class, what = "sector") String> sector,
            @Parameter(example = "UNDER_100K") @QueryParam("incomeBand") List<@EnumCode(value = IncomeBand.class, what = "income band") String> incomeBand,
            @Parameter(example = "WOMENS_SPECIALIST") @QueryParam("characteristic") List<@EnumCode(value = Characteristic.class, what = "characteristic") String> characteristic,
            @Parameter(description = "Part of the name", example = "women") @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("sort") @DefaultValue("name") @Pattern(regexp = "-?(name|registeredAt)",
                    message = "must be name, -name, registeredAt or -registeredAt") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return directory.search(new DirectorySearch(category, area, region, orEmpty(sector), orEmpty(incomeBand),
                orEmpty(characteristic), q, sort, page, size));
    }

    @GET
    @Path("/coverage")
    @PermitAll
    @Operation(operationId = "getProviderCoverage", summary = "How many qualified providers can deliver a category in an area",
            description = "Public. Give area (a police force area) or region (a region-wide lot). A provider counts "
                    + "when it is qualified (not suspended) and one of its published offers of the category covers "
                    + "every area asked for: the rule that makes it eligible to bid for such a lot.")
    public CoverageView coverage(
            @Parameter(example = "ACCOMMODATION") @QueryParam("category") @NotNull @KnownCode(CATEGORY) String category,
            @Parameter(example = "E23000035") @QueryParam("area") @KnownCode(AREA) String area,
            @Parameter(example = "SW") @QueryParam("region") @KnownCode(REGION) String region,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return directory.coverage(category, area, region, page, size);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
