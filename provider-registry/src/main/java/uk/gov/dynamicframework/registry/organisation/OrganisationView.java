package uk.gov.dynamicframework.registry.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as its own people and the framework team see it. Others see {@link #publicView()}: no contacts
 * and no street address.
 */
@Schema(name = "OrganisationView")
public record OrganisationView(
        UUID id,
        String name,
        Set<String> legalIdentifiers,
        LegalForm legalForm,
        Sector sector,
        IncomeBand incomeBand,
        AddressView address,
        @Schema(description = "Only for the organisation itself and the framework team") List<Organisation.Contact> contacts,
        Set<Characteristic> characteristics,
        @Schema(description = "Police force areas (GSS codes) the organisation is based in and rooted in") List<String> localAreas,
        String website,
        FrameworkStatus frameworkStatus,
        Instant registeredAt,
        Instant updatedAt,
        long version) {

    public record AddressView(String line1, String line2, String town, String postcode) {
    }

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.name, Set.copyOf(o.legalIdentifiers), o.legalForm, o.sector, o.incomeBand,
                new AddressView(o.address.line1, o.address.line2, o.address.town, o.address.postcode),
                List.copyOf(o.contacts), Set.copyOf(o.characteristics), List.copyOf(o.localAreas), o.website, o.frameworkStatus, o.createdAt,
                o.updatedAt, o.version);
    }

    public OrganisationView publicView() {
        return new OrganisationView(id, name, legalIdentifiers, legalForm, sector, incomeBand,
                new AddressView(null, null, address.town(), address.postcode()), null, characteristics, localAreas, website,
                frameworkStatus, registeredAt, updatedAt, version);
    }
}
