package uk.gov.dynamicframework.contract.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.AwardBuilder;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;

/** The outputs in the open standards validate against the official schemas (test resources, resolved locally). */
@QuarkusTest
class OpenDataTest {

    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final JsonSchema OCDS_PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    "https://standard.open-contracting.org/schema/1__1__5/", "classpath:ocds/")))
            .getSchema(SchemaLocation.of("https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"), FORMATS);
    private static final JsonSchema GRANT_PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers
                    .mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/", "classpath:360giving/")
                    .mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/", "classpath:360giving/")))
            .getSchema(SchemaLocation.of("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json"), FORMATS);

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aGrantIsAValid360GivingPackage() throws Exception {
        AwardBuilder award = Fixtures.award();
        award.send();
        Created a = award.awaitAgreement();

        JsonNode pkg = mapper.readTree(given().get(a.path() + "/360giving").then().statusCode(200).extract().asString());
        assertThat(GRANT_PACKAGE.validate(pkg)).isEmpty();
        ObjectNode broken = pkg.deepCopy();
        ((ObjectNode) broken.at("/grants/0")).remove("recipientOrganization");
        ((ObjectNode) broken.at("/grants/0")).put("currency", "POUNDS");
        assertThat(GRANT_PACKAGE.validate(broken)).as("the schema is really applied").isNotEmpty();

        JsonNode grant = pkg.at("/grants/0");
        assertThat(grant.path("id").asText()).isEqualTo("360G-dfprob-" + a.reference());
        assertThat(grant.path("amountAwarded").decimalValue()).isEqualByComparingTo("450000.00");
        assertThat(grant.at("/recipientOrganization/0/name").asText()).isEqualTo("Women Connect Cymru");
        assertThat(grant.at("/recipientOrganization/0/charityNumber").asText()).isEqualTo("1170001");
        assertThat(grant.at("/fundingOrganization/1/name").asText()).isEqualTo("South Wales PCC");
        assertThat(grant.at("/plannedDates/0/endDate").asText()).isEqualTo(award.end.toString());
        assertThat(grant.at("/beneficiaryLocation/0/geoCode").asText()).isEqualTo("W15000003");
        given().get(Fixtures.live().path() + "/360giving").then().statusCode(404);
    }

    @Test
    void aContractIsAValidOcdsReleaseUnderTheCompetitionsOcid() throws Exception {
        AwardBuilder award = Fixtures.award().contract();
        award.send();
        Created a = award.awaitAgreement();
        Fixtures.advanceTo(award.start);
        Fixtures.runLifecycle();
        given().contentType(ContentType.JSON).header("Authorization", a.ownerToken()).header("If-Match", a.etag())
                .body(Map.of("rationale", "More places", "effectiveDate", award.start.toString(), "value", Fixtures.money("460000.00")))
                .post(a.path() + "/variations").then().statusCode(200);

        JsonNode pkg = mapper.readTree(given().get(a.path() + "/ocds").then().statusCode(200).extract().asString());
        assertThat(OCDS_PACKAGE.validate(pkg)).isEmpty();
        ObjectNode broken = pkg.deepCopy();
        ((ObjectNode) broken.at("/releases/0")).put("date", "not a date");
        ((ObjectNode) broken.at("/releases/0/contracts/0")).put("status", 7);
        assertThat(OCDS_PACKAGE.validate(broken)).as("the schema is really applied").isNotEmpty();

        JsonNode release = pkg.at("/releases/0");
        assertThat(release.path("ocid").asText()).isEqualTo(award.ocid());
        assertThat(release.path("tag").toString()).contains("contract").contains("implementation").contains("contractAmendment");
        assertThat(release.at("/contracts/0/awardID").asText()).isEqualTo(award.awardId.toString());
        assertThat(release.at("/contracts/0/status").asText()).isEqualTo("active");
        assertThat(release.at("/contracts/0/value/amount").decimalValue()).isEqualByComparingTo("460000.00");
        assertThat(release.at("/contracts/0/amendments/0/rationale").asText()).isEqualTo("More places");
        assertThat(release.at("/buyer/id").asText()).isEqualTo("GB-DF-BODY-" + award.owner);
        assertThat(release.at("/relatedProcesses/0/identifier").asText()).isEqualTo(award.ocid());
        assertThat(release.at("/contracts/0/documents/0/documentType").asText()).isEqualTo("auditTrail");
        assertThat(release.at("/contracts/0/documents/0/url").asText()).endsWith("/v1/agreements/" + a.id() + "/audit-trail");
        given().get(Fixtures.agreement().grant().record().path() + "/ocds").then().statusCode(404);
    }
}
