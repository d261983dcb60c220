package uk.gov.dynamicframework.supplychain.analytics;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.reference.KnownCode;
import uk.gov.dynamicframework.platform.reference.KnownCode.Kind;

@Path("/v1/diversity")
@Produces({ MediaType.APPLICATION_JSON, DiversityResource.CSV })
@Tag(name = "Supply-chain diversity", description = "Who really delivers: voluntary, small, large, by-and-for and Welsh "
        + "organisations in the supply chains, per agreement, area, region, category, contract type and nationally, today "
        + "or as at a date. Public; JSON or CSV (Accept: text/csv).")
public class DiversityResource {

    static final String CSV = "text/csv";
    private static final String AS_AT = "The date the figures are for (YYYY-MM-DD); default today";
    private static final String MIN_AREAS = "From how many distinct police force areas an organisation counts as in many areas' supply chains";
    private static final String DESCRIPTION = "Every figure is defined in the DiversityFigures schema. With Accept: text/csv, "
            + "one figure,value row per figure (named by its JSON path).";

    private final DiversityService diversity;

    public DiversityResource(DiversityService diversity) {
        this.diversity = diversity;
    }

    @GET
    @Path("/national")
    @PermitAll
    @Operation(operationId = "getNationalDiversity", summary = "Diversity of every supply chain in England and Wales", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiversityFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    public Response national(@Parameter(description = AS_AT) @QueryParam("asAt") LocalDate asAt,
            @Parameter(description = MIN_AREAS) @QueryParam("minAreas") @DefaultValue("5") @Min(1) @Max(100) int minAreas,
            @Context HttpHeaders headers) {
        return answer(diversity.national(asAt, minAreas), headers);
    }

    @GET
    @Path("/agreements/{agreementId}")
    @PermitAll
    @Operation(operationId = "getAgreementDiversity", summary = "Diversity of one agreement's supply chain", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiversityFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    public Response agreement(@PathParam("agreementId") UUID agreementId,
            @Parameter(description = AS_AT) @QueryParam("asAt") LocalDate asAt,
            @Parameter(description = MIN_AREAS) @QueryParam("minAreas") @DefaultValue("5") @Min(1) @Max(100) int minAreas,
            @Context HttpHeaders headers) {
        return answer(diversity.agreement(agreementId, asAt, minAreas), headers);
    }

    @GET
    @Path("/areas/{areaCode}")
    @PermitAll
    @Operation(operationId = "getAreaDiversity", summary = "Diversity of the supply chains of the agreements delivered in a police force area",
            description = DESCRIPTION + " An agreement counts in every area it is delivered in (a region-wide one in each area of its region).")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiversityFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    public Response area(@PathParam("areaCode") @KnownCode(Kind.AREA) String areaCode,
            @Parameter(description = AS_AT) @QueryParam("asAt") LocalDate asAt,
            @Parameter(description = MIN_AREAS) @QueryParam("minAreas") @DefaultValue("5") @Min(1) @Max(100) int minAreas,
            @Context HttpHeaders headers) {
        return answer(diversity.area(areaCode, asAt, minAreas), headers);
    }

    @GET
    @Path("/regions/{regionCode}")
    @PermitAll
    @Operation(operationId = "getRegionDiversity", summary = "Diversity of the supply chains of the agreements delivered in a probation region",
            description = DESCRIPTION + " An agreement counts when it is for the region or delivered in any of its areas.")
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiversityFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    public Response region(@PathParam("regionCode") @KnownCode(Kind.REGION) String regionCode,
            @Parameter(description = AS_AT) @QueryParam("asAt") LocalDate asAt,
            @Parameter(description = MIN_AREAS) @QueryParam("minAreas") @DefaultValue("5") @Min(1) @Max(100) int minAreas,
            @Context HttpHeaders headers) {
        return answer(diversity.region(regionCode, asAt, minAreas), headers);
    }

    @GET
    @Path("/categories/{categoryCode}")
    @PermitAll
    @Operation(operationId = "getCategoryDiversity", summary = "Diversity of the supply chains of the agreements for a service category",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiversityFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    public Response category(@PathParam("categoryCode") @KnownCode(Kind.CATEGORY) String categoryCode,
            @Parameter(description = AS_AT) @QueryParam("asAt") LocalDate asAt,
            @Parameter(description = MIN_AREAS) @QueryParam("minAreas") @DefaultValue("5") @Min(1) @Max(100) int minAreas,
            @Context HttpHeaders headers) {
        return answer(diversity.category(categoryCode, asAt, minAreas), headers);
    }

    @GET
    @Path("/contract-types/{contractTypeCode}")
    @PermitAll
    @Operation(operationId = "getContractTypeDiversity", summary = "Diversity of the supply chains of the agreements of a contract type",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DiversityFigures.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    public Response contractType(@PathParam("contractTypeCode") @KnownCode(Kind.CONTRACT_TYPE) String contractTypeCode,
            @Parameter(description = AS_AT) @QueryParam("asAt") LocalDate asAt,
            @Parameter(description = MIN_AREAS) @QueryParam("minAreas") @DefaultValue("5") @Min(1) @Max(100) int minAreas,
            @Context HttpHeaders headers) {
        return answer(diversity.contractType(contractTypeCode, asAt, minAreas), headers);
    }

    private Response answer(DiversityFigures figures, HttpHeaders headers) {
        boolean csv = headers.getAcceptableMediaTypes().stream().findFirst()
                .filter(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType()).isPresent();
        if (csv) {
            return Response.ok(diversity.csv(figures), CSV + "; charset=utf-8")
                    .header("Content-Disposition", "inline; filename=\"diversity.csv\"").build();
        }
        return Response.ok(figures, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
