package uk.gov.dynamicframework.registry.offer;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.AREA;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.CATEGORY;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.COHORT;
import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.REGION;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.reference.KnownCode;

/**
 * A service offer: a category, where (police force areas by GSS code and/or whole probation regions, at least one),
 * and for whom. Cohorts are the reference data's categories of kind "cohort" (WOMEN, YOUNG_ADULTS,
 * BLACK_MINORITY_ETHNIC); none means the offer serves everyone on probation.
 */
@Schema(name = "ServiceOfferRequest", examples = """
        {"organisationId": "6f1c2a52-5d0e-4c1f-9a55-0d6c7b1f2e11", "category": "ACCOMMODATION",
         "areas": ["W15000001"], "regions": ["SW"], "cohorts": ["WOMEN"],
         "description": "Supported move-on housing for women leaving custody"}""")
public record ServiceOfferRequest(
        @NotNull UUID organisationId,
        @NotNull @KnownCode(CATEGORY) String category,
        @Schema(description = "Police force area GSS codes") @Size(max = 43) List<@NotNull @KnownCode(AREA) String> areas,
        @Schema(description = "Probation regions offered whole (all their areas)") @Size(max = 12) List<@NotNull @KnownCode(REGION) String> regions,
        @Schema(description = "Cohorts served; none means everyone on probation") @Size(max = 14) List<@NotNull @KnownCode(COHORT) String> cohorts,
        @Size(max = 2000) String description) {

    public ServiceOfferRequest {
        areas = areas == null ? List.of() : areas;
        regions = regions == null ? List.of() : regions;
        cohorts = cohorts == null ? List.of() : cohorts;
    }

    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "name at least one police force area (areas) or probation region (regions)")
    public boolean isCoverage() {
        return !areas.isEmpty() || !regions.isEmpty();
    }
}
