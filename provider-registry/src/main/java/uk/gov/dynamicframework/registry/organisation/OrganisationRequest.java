package uk.gov.dynamicframework.registry.organisation;

import static uk.gov.dynamicframework.platform.reference.KnownCode.Kind.AREA;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.reference.KnownCode;

/** What an organisation says about itself when it registers, or when it updates its details. */
@Schema(name = "OrganisationRequest", examples = """
        {"name": "Women's Centre Cornwall", "legalIdentifiers": ["GB-CHC-1099013"],
         "legalForm": "CHARITABLE_INCORPORATED_ORGANISATION", "sector": "VOLUNTARY_AND_COMMUNITY",
         "incomeBand": "FROM_100K_TO_1M",
         "address": {"line1": "1 Lemon Street", "town": "Truro", "postcode": "TR1 2LS"},
         "contacts": [{"name": "Jo Bloggs", "role": "Director", "email": "jo@example.org", "phone": "01872 000000"}],
         "characteristics": ["WOMENS_SPECIALIST"], "localAreas": ["E23000033"], "website": "https://example.org"}""")
public record OrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 5) List<@NotNull @OrgId String> legalIdentifiers,
        @NotNull LegalForm legalForm,
        @NotNull Sector sector,
        @NotNull IncomeBand incomeBand,
        @NotNull @Valid AddressRequest address,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid ContactRequest> contacts,
        Set<Characteristic> characteristics,
        @Schema(description = "Police force areas (GSS codes) the organisation is based in and rooted in: it counts as "
                + "local to them in the supply-chain analytics") @Size(max = 43) Set<@NotNull @KnownCode(AREA) String> localAreas,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String website) {

    public record AddressRequest(
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String town,
            @NotBlank @Pattern(regexp = "(?i)\\s*([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\s*",
                    message = "must be a UK postcode, such as TR1 2LS") String postcode) {
    }

    public record ContactRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String role,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "must be a phone number") String phone) {
    }
}
