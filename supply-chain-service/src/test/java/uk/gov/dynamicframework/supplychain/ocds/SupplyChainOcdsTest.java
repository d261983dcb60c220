package uk.gov.dynamicframework.supplychain.ocds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.agreement;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.organisation;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontract;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontracted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Agreement;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Org;

@QuarkusTest
class SupplyChainOcdsTest {

    /** The official OCDS 1.1 schema (test resources, Apache-2.0), resolved locally instead of from the web. */
    private static final JsonSchema RELEASE_PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    "https://standard.open-contracting.org/schema/1__1__5/", "classpath:ocds/")))
            .getSchema(SchemaLocation.of("https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aSupplyChainIsAValidOcdsReleaseWithSubcontractorsAddedAndRemovedInAmendments() throws Exception {
        Org lead = organisation("Ocds lead").register();
        Org stays = organisation("Stays").register();
        Org leaves = organisation("Leaves").privateSector().register();
        Agreement a = agreement(lead).value("400000.00").create();
        subcontracted(a, subcontract(a, stays, "100000.00"));
        String leaving = subcontracted(a, subcontract(a, leaves, "50000.00"));
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"1\"")
                .body(Map.of("endDate", a.start().plusMonths(1).toString(), "reason", "Stopped trading"))
                .post("/v1/supply-chains/" + a.id() + "/subcontracts/" + leaving + "/ending").then().statusCode(200);

        JsonNode pkg = mapper.readTree(given().get("/v1/supply-chains/" + a.id() + "/ocds").then().statusCode(200)
                .extract().asString());
        assertThat(RELEASE_PACKAGE.validate(pkg)).as("OCDS schema errors in %s", pkg).isEmpty();
        ObjectNode broken = pkg.deepCopy();
        broken.remove("uri");
        ((ObjectNode) broken.at("/releases/0")).put("date", "not a date");
        assertThat(RELEASE_PACKAGE.validate(broken)).as("the schema is really applied").hasSizeGreaterThanOrEqualTo(2);

        JsonNode release = pkg.at("/releases/0");
        assertThat(pkg.at("/extensions").toString()).contains("ocds_uk_extension").contains("ocds_subcontracting_extension");
        assertThat(release.at("/awards/0/suppliers/0/id").asText()).isEqualTo(lead.id());
        assertThat(release.at("/awards/0/hasSubcontracting").asBoolean()).isTrue();
        assertThat(release.at("/awards/0/subcontracting/value/amount").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(release.at("/awards/0/subcontracting/description").asText()).contains(stays.name()).doesNotContain(leaves.name());
        JsonNode amendments = release.at("/contracts/0/amendments");
        assertThat(amendments).hasSize(3);
        assertThat(amendments.get(0).get("description").asText()).startsWith("Subcontractor added: " + stays.name());
        assertThat(amendments.get(2).get("description").asText()).startsWith("Subcontractor removed: " + leaves.name());
        assertThat(amendments.get(2).get("rationale").asText()).isEqualTo("Stopped trading");
        JsonNode partyStays = party(release, stays.id());
        assertThat(partyStays.at("/roles/0").asText()).isEqualTo("subcontractor");
        assertThat(partyStays.at("/details/vcse").asBoolean()).isTrue();
        assertThat(party(release, leaves.id()).at("/details/vcse").asBoolean()).isFalse();
    }

    @Test
    void aTerminatedAgreementsContractIsTerminatedAtItsLastDayOrCancelledIfItNeverStarted() throws Exception {
        Org lead = organisation("Ended lead").register();
        Agreement running = agreement(lead).create();
        Agreement notStarted = agreement(lead).dates(TestClock.today().plusMonths(1), TestClock.today().plusYears(1)).create();
        running.terminated(TestClock.today(), 2);
        notStarted.terminated(TestClock.today(), 2);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(contract(running).get("status").asText())
                .isEqualTo("terminated"));
        JsonNode ended = contract(running);
        assertThat(ended.at("/period/endDate").asText()).startsWith(TestClock.today().toString());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(contract(notStarted).get("status").asText())
                .isEqualTo("cancelled"));
        JsonNode pkg = mapper.readTree(given().get("/v1/supply-chains/" + notStarted.id() + "/ocds").then().statusCode(200)
                .extract().asString());
        assertThat(RELEASE_PACKAGE.validate(pkg)).as("OCDS schema errors in %s", pkg).isEmpty();
    }

    private JsonNode contract(Agreement a) throws Exception {
        return mapper.readTree(given().get("/v1/supply-chains/" + a.id() + "/ocds").then().statusCode(200).extract()
                .asString()).at("/releases/0/contracts/0");
    }

    private static JsonNode party(JsonNode release, String id) {
        for (JsonNode p : release.get("parties")) {
            if (p.get("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("No party " + id + " in " + release.get("parties"));
    }
}
