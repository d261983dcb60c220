package uk.gov.dynamicframework.registry.directory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.registry.organisation.Characteristic;
import uk.gov.dynamicframework.registry.organisation.IncomeBand;
import uk.gov.dynamicframework.registry.organisation.LegalForm;
import uk.gov.dynamicframework.registry.organisation.Sector;

/** What the public directory shows: public fields only (no contacts, no street address). */
public final class DirectoryViews {

    private DirectoryViews() {
    }

    @Schema(name = "DirectoryProvider")
    public record DirectoryProvider(
            UUID id,
            String name,
            List<String> legalIdentifiers,
            LegalForm legalForm,
            Sector sector,
            IncomeBand incomeBand,
            Set<Characteristic> characteristics,
            String town,
            String postcode,
            String website,
            @Schema(description = "How many offers the provider has published") int offerCount,
            @Schema(description = "Its published offers that match the search's category and area or region; "
                    + "when the search names neither, all of them (the first 100 by category)") List<DirectoryOffer> offers) {
    }

    /** How a page of {@link DirectoryCard}s reads: the schema the directory's search publishes. */
    @Schema(name = "PageOfDirectoryProvider")
    public record DirectoryProviderPage(List<DirectoryProvider> items, int page, int size, long total) {
    }

    /**
     * A {@link DirectoryProvider} as JSON, as the read model stored it: a listing page writes its cards into the
     * response as they are, without parsing and writing them again.
     */
    @JsonSerialize(using = DirectoryCard.Writer.class)
    public record DirectoryCard(String json) {

        public static final class Writer extends StdSerializer<DirectoryCard> {
            public Writer() {
                super(DirectoryCard.class);
            }

            @Override
            public void serialize(DirectoryCard card, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeRawValue(card.json());
            }
        }
    }

    @Schema(name = "DirectoryOffer")
    public record DirectoryOffer(
            UUID id,
            String category,
            @Schema(description = "Police force areas named one by one") List<String> areas,
            @Schema(description = "Probation regions offered whole") List<String> regions,
            @Schema(description = "Every area covered") List<String> coveredAreas,
            List<String> cohorts,
            String description) {
    }

    @Schema(name = "CoverageProvider")
    public record CoverageProvider(UUID id, String name, Sector sector, IncomeBand incomeBand,
            Set<Characteristic> characteristics) {
    }

    @Schema(name = "CoverageView", description = "Who can deliver a category in an area (or across a whole region)")
    public record CoverageView(
            String category,
            String area,
            String region,
            @Schema(description = "The areas one offer must cover for its provider to count") List<String> requiredAreas,
            @Schema(description = "How many qualified providers cover them") long count,
            @Schema(description = "One page of those providers, by name") List<CoverageProvider> providers,
            int page,
            int size) {
    }
}
