package uk.gov.dynamicframework.competition.ocds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;
import static uk.gov.dynamicframework.competition.support.Fixtures.evaluator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.DeadlineJob;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.TestClock;

@QuarkusTest
class OcdsReleasePackageTest {

    private static final String CATEGORY = "COGNITIVE_BEHAVIOURAL_CHANGE";
    private static final String AREA = "E23000029";
    /** The official OCDS 1.1 schema (test resources, Apache-2.0), resolved locally instead of from the web. */
    private static final JsonSchema RELEASE_PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    "https://standard.open-contracting.org/schema/1__1__5/", "classpath:ocds/")))
            .getSchema(SchemaLocation.of("https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    @Inject
    DeadlineJob deadlines;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void anAwardedCompetitionIsAValidOcdsReleasePackageLinkedToTheFramework() throws Exception {
        String owner = Fixtures.body("SC-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String co = Fixtures.body("PCC-TV", "POLICE_AND_CRIME_COMMISSIONER");
        Provider winner = Fixtures.provider("Winner").offering(CATEGORY, AREA).create();
        Provider other = Fixtures.provider("Runner-up").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).coCommissioner(co, "50000.00").lot(CATEGORY, "150000.00", AREA).published();
        String winnerBid = Fixtures.submit(c.id(), winner, Fixtures.bid(c.lot(1), "120000.00"));
        String otherBid = Fixtures.submit(c.id(), other, Fixtures.bid(c.lot(1), "130000.00"));

        JsonNode published = ocds(c.id());
        assertValid(published);
        var broken = published.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("uri");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/releases/0")).put("date", "not a date");
        assertThat(RELEASE_PACKAGE.validate(broken)).as("the schema is really applied").hasSizeGreaterThanOrEqualTo(2);
        assertThat(published.at("/releases/0/tender/status").asText()).isEqualTo("active");
        assertThat(published.toString()).doesNotContain(winner.name()).doesNotContain("120000");

        decideAward(c, owner, co, winnerBid, otherBid);
        TestClock.advance(Duration.ofDays(13)); // 8 working days of standstill, whatever the weekday
        deadlines.run();

        JsonNode pkg = ocds(c.id());
        assertValid(pkg);
        JsonNode release = pkg.at("/releases/0");
        assertThat(release.at("/ocid").asText()).startsWith("ocds-dfprob-DF-COMP-");
        assertThat(release.at("/tag").toString()).contains("award");
        assertThat(release.at("/tender/status").asText()).isEqualTo("complete");
        assertThat(release.at("/tender/techniques/hasFrameworkAgreement").asBoolean()).isTrue();
        assertThat(release.at("/tender/techniques/hasDynamicPurchasingSystem").asBoolean()).isTrue();
        assertThat(release.at("/relatedProcesses/0/relationship/0").asText()).isEqualTo("framework");
        assertThat(release.at("/relatedProcesses/0/scheme").asText()).isEqualTo("ocid");
        assertThat(release.at("/relatedProcesses/0/identifier").asText()).isEqualTo("ocds-dfprob-DF-FRAMEWORK-2026");
        assertThat(release.at("/tender/lots/0/id").asText()).isEqualTo(c.lot(1));
        assertThat(release.at("/tender/numberOfTenderers").asInt()).isEqualTo(2);
        assertThat(release.at("/awards/0/status").asText()).isEqualTo("active");
        assertThat(release.at("/awards/0/value/amount").decimalValue()).isEqualByComparingTo("120000.00");
        assertThat(release.at("/awards/0/suppliers/0/name").asText()).isEqualTo(winner.name());
        assertThat(release.at("/awards/0/relatedLots/0").asText()).isEqualTo(c.lot(1));
        assertThat(release.at("/buyer/name").asText()).isEqualTo(bodyName(owner));
        JsonNode supplier = findParty(release, winner.name());
        assertThat(supplier.at("/roles").toString()).contains("supplier").contains("tenderer");
        assertThat(supplier.at("/identifier/scheme").asText()).isEqualTo("GB-CHC");
        assertThat(findParty(release, other.name()).at("/roles").toString()).contains("tenderer");
        assertThat(findParty(release, bodyName(co)).at("/roles").toString()).contains("funder");
    }

    @Test
    void duringStandstillTheReleaseNamesNoSupplierAndNoAwardValue() throws Exception {
        String owner = Fixtures.body("SC-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String co = Fixtures.body("PCC-TV", "POLICE_AND_CRIME_COMMISSIONER");
        Provider winner = Fixtures.provider("Standstill winner").offering(CATEGORY, AREA).create();
        Provider other = Fixtures.provider("Standstill runner-up").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).coCommissioner(co, "50000.00").lot(CATEGORY, "150000.00", AREA).published();
        String winnerBid = Fixtures.submit(c.id(), winner, Fixtures.bid(c.lot(1), "121212.00"));
        String otherBid = Fixtures.submit(c.id(), other, Fixtures.bid(c.lot(1), "131313.00"));
        decideAward(c, owner, co, winnerBid, otherBid);
        assertThat(c.status()).isEqualTo("STANDSTILL");

        JsonNode pkg = ocds(c.id());
        assertValid(pkg);
        JsonNode release = pkg.at("/releases/0");
        assertThat(release.at("/awards")).isEmpty();
        assertThat(release.at("/tag").toString()).doesNotContain("award");
        assertThat(pkg.toString()).doesNotContain(winner.name()).doesNotContain(other.name())
                .doesNotContain(winner.id()).doesNotContain("121212").doesNotContain("131313");
    }

    /** Past the deadline, scored by an evaluator of each body, moderated and decided for {@code winnerBid}. */
    private void decideAward(Fixtures.Created c, String owner, String co, String winnerBid, String otherBid) {
        TestClock.advance(Duration.ofDays(15));
        deadlines.run();
        c.declareNoConflicts(evaluator(owner));
        c.declareNoConflicts(evaluator(co));
        for (String bid : List.of(winnerBid, otherBid)) {
            int q = bid.equals(winnerBid) ? 80 : 60;
            String path = "/v1/competitions/" + c.id() + "/lots/" + c.lot(1) + "/bids/" + bid;
            for (String body : List.of(owner, co)) {
                given().contentType(ContentType.JSON).header("Authorization", evaluator(body))
                        .body(Map.of("scores", Map.of("Q1", q, "SV", q), "passFail", Map.of("SAFEGUARDING", true)))
                        .put(path + "/scores/mine").then().statusCode(200);
            }
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .body(Map.of("scores", Map.of("Q1", q, "SV", q), "passFail", Map.of("SAFEGUARDING", true), "rationale", "ok"))
                    .put(path + "/moderation").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                .body(Map.of("lots", List.of(Map.of("lotId", c.lot(1), "bidId", winnerBid))))
                .post("/v1/competitions/" + c.id() + "/award-decision").then().statusCode(200);
    }

    @Test
    void draftsHaveNoOcdsRelease() {
        String owner = Fixtures.body("SC-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var c = Fixtures.competition(owner).lot(CATEGORY, "50000.00", AREA).create();
        given().get("/v1/ocds/competitions/" + c.id()).then().statusCode(404);
    }

    private static String bodyName(String code) {
        return code.substring(0, code.lastIndexOf('-')) + " commissioning body";
    }

    private JsonNode ocds(String id) throws Exception {
        return mapper.readTree(given().get("/v1/ocds/competitions/" + id).then().statusCode(200).extract().asString());
    }

    private static void assertValid(JsonNode pkg) {
        Set<ValidationMessage> errors = RELEASE_PACKAGE.validate(pkg);
        assertThat(errors).as("OCDS schema errors in %s", pkg).isEmpty();
    }

    private static JsonNode findParty(JsonNode release, String name) {
        for (JsonNode p : release.get("parties")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("No party named " + name + " in " + release.get("parties"));
    }
}
