package uk.gov.dynamicframework.contract.performance;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.CATEGORY;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.REGION;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.AggregateRow;
import uk.gov.dynamicframework.platform.paging.ItemsOf;
import uk.gov.dynamicframework.platform.reference.KnownCode;

@Path("/v1/agreements/performance-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance", description = "Quarterly returns from lead providers, and their summaries")
public class PerformanceAggregateResource {

    private final PerformanceService performance;

    public PerformanceAggregateResource(PerformanceService performance) {
        this.performance = performance;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getPerformanceAggregate", summary = "Public totals per category, region and quarter",
            description = "Over published agreements' latest returns; no agreement's own figures.")
    public ItemsOf<AggregateRow> aggregate(
            @QueryParam("category") @KnownCode(CATEGORY) @Parameter(description = "Service category code") String category,
            @QueryParam("region") @KnownCode(REGION) @Parameter(description = "Probation region code") String region,
            @QueryParam("quarter") @Pattern(regexp = Quarter.PATTERN, message = "must be a quarter such as 2026-Q1")
            @Parameter(description = "A quarter such as 2026-Q1") String quarter) {
        return ItemsOf.of(performance.aggregate(category, region, quarter));
    }
}
