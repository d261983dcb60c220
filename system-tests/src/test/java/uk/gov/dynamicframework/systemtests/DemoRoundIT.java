package uk.gov.dynamicframework.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.demo.DemoRound;

/**
 * The demo round ({@code ./run --demo}) loaded through the gateway reproduces the 2021 round's aggregates in the
 * analytics, and a second load duplicates nothing.
 */
class DemoRoundIT {

    private static final Path TEST_KEYS = Path.of(System.getProperty("java.io.tmpdir"), "dynamic-framework-test-keys");

    @Test
    void theDemoRoundShowsTheAggregatesOfThe2021RoundAndASecondLoadDuplicatesNothing() throws Exception {
        Suite suite = Suite.get();
        DemoRound round = new DemoRound(URI.create(suite.gatewayUrl()), TEST_KEYS, 2021);
        Map<String, String> first;
        try {
            first = round.load();
            assertThat(round.load()).isEqualTo(first);

            JsonNode national = round.figures("/v1/diversity/national");
            assertThat(national.path("agreements").asLong()).isEqualTo(110);
            assertThat(national.path("leadProviders").path("count").asLong()).isEqualTo(26);
            assertThat(national.path("leadProviders").path("voluntary").asLong()).isEqualTo(23);
            JsonNode organisations = national.path("supplyChainOrganisations");
            assertThat(organisations.path("count").asLong()).isEqualTo(81);
            assertThat(organisations.path("voluntary").asLong()).isEqualTo(73);
            assertThat(organisations.path("large").asLong()).isEqualTo(45).isGreaterThan(81 / 2);
            assertThat(organisations.path("ledByAndForRaciallyMinoritised").asLong()).isEqualTo(3);
            assertThat(organisations.path("welsh").asLong()).isEqualTo(3);
            assertThat(national.path("wales").path("welshLeadProviders").asLong()).isZero();
            assertThat(national.path("wales").path("welshSubcontractors").asLong()).isEqualTo(3);

            JsonNode acc = round.figures("/v1/diversity/contract-types/ACC");
            assertThat(acc.path("agreements").asLong()).isEqualTo(14);
            assertThat(acc.path("agreementsWithVoluntaryLead").asLong()).isEqualTo(9);

            JsonNode pwb = round.figures("/v1/diversity/contract-types/PWB");
            assertThat(pwb.path("agreements").asLong()).isEqualTo(45);
            assertThat(pwb.path("agreementsWithVoluntaryLead").asLong()).isEqualTo(34);
            assertThat(pwb.path("leadProviders").path("voluntary").asLong()).isEqualTo(6);
            assertThat(pwb.path("agreementsWithNoSubcontractors").asLong()).isEqualTo(3);
            assertThat(pwb.path("agreementsWithOneOrTwoSubcontractors").asLong()).isEqualTo(11);

            JsonNode ete = round.figures("/v1/diversity/contract-types/ETE");
            assertThat(ete.path("agreements").asLong()).isEqualTo(12);
            assertThat(ete.path("leadProviders").path("voluntary").asLong()).isEqualTo(1);

            JsonNode wos = round.figures("/v1/diversity/contract-types/WOS");
            assertThat(wos.path("agreements").asLong()).isEqualTo(39);
            assertThat(wos.path("agreementsWithVoluntaryLead").asLong()).isEqualTo(39);
            assertThat(wos.path("supplyChainOrganisations").path("voluntary").asLong())
                    .isEqualTo(wos.path("supplyChainOrganisations").path("count").asLong()).isPositive();

            JsonNode wales = round.figures("/v1/diversity/regions/WA");
            assertThat(wales.path("leadProviders").path("welsh").asLong()).isZero();
            assertThat(wales.path("subcontractors").path("welsh").asLong()).isEqualTo(3);

            JsonNode pwbArea = round.figures("/v1/diversity/areas/W15000001");
            assertThat(pwbArea.path("agreements").asLong()).isEqualTo(3);
            assertThat(pwbArea.path("wales").path("welshLeadProviders").asLong()).isZero();
        } finally {
            round.close();
        }
    }
}
