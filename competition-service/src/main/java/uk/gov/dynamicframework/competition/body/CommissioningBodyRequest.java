package uk.gov.dynamicframework.competition.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.reference.KnownCode;

/** Registers a commissioning body; its code is what commissioners' tokens carry in the {@code body} claim. */
@Schema(name = "CommissioningBodyRequest", examples = """
        {"code": "PCC-DEVON-CORNWALL", "name": "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
         "kind": "POLICE_AND_CRIME_COMMISSIONER", "areaCode": "E23000035"}""")
public record CommissioningBodyRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "must be 2-40 capitals, digits or hyphens") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull BodyKind kind,
        @KnownCode(KnownCode.Kind.REGION) String regionCode,
        @KnownCode(KnownCode.Kind.AREA) String areaCode) {
}
