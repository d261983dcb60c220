package uk.gov.dynamicframework.contract.pipeline;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.CATEGORY;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.REGION;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.contract.pipeline.PipelineService.PipelineEntry;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.reference.KnownCode;

@Path("/v1/agreements/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Re-commissioning pipeline", description = "Agreements ending soon, so no service lapses")
public class PipelineResource {

    private final PipelineService pipeline;

    public PipelineResource(PipelineService pipeline) {
        this.pipeline = pipeline;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listRecommissioningPipeline", summary = "Published agreements ending within the window, soonest first",
            description = "The window is 12 months unless configured otherwise (df.contracts.pipeline-window-months) or "
                    + "given as withinMonths.")
    public PageOf<PipelineEntry> list(
            @QueryParam("region") @KnownCode(REGION) @Parameter(description = "Probation region code: agreements for it or any of its areas") String region,
            @QueryParam("category") @KnownCode(CATEGORY) @Parameter(description = "Service category code") String category,
            @QueryParam("withinMonths") @Min(1) @Max(60) @Parameter(description = "Window in months (default: the configured window)") Integer withinMonths,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageOf.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(PageOf.DEFAULT_SIZE) @Min(1) @Max(PageOf.MAX_SIZE) int size) {
        return pipeline.list(region, category, withinMonths, page, size);
    }
}
