package uk.gov.dynamicframework.registry.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.devtools.TopicRecorder;
import uk.gov.dynamicframework.registry.Fixtures;

@QuarkusTest
class OrganisationRegistrationTest {

    private static final String ADMIN = TestTokens.bearer("framework-admin");

    @Test
    void registeringPublishesOrganisationRegisteredOnKafka() throws Exception {
        String identifier = Fixtures.charityNumber();
        String id = given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("provider"))
                .body(Fixtures.organisation("Safe Homes Wales", identifier))
                .post("/v1/organisations")
                .then().statusCode(201)
                .header("Location", containsString("/v1/organisations/"))
                .header("ETag", equalTo("\"0\""))
                .body("address.postcode", equalTo("CF10 1AA"))
                .body("frameworkStatus", equalTo("NOT_APPLIED"))
                .extract().path("id");

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), OrganisationEvents.TOPIC)) {
            var record = topic.awaitOne(r -> id.equals(r.key()), Duration.ofSeconds(15));
            JsonNode event = new ObjectMapper().readTree(record.value());
            assertThat(event.path("specversion").asText()).isEqualTo("1.0");
            assertThat(event.path("type").asText()).isEqualTo(OrganisationEvents.REGISTERED);
            assertThat(event.path("source").asText()).isEqualTo("/provider-registry");
            assertThat(event.path("subject").asText()).isEqualTo(id);
            assertThat(event.path("data").path("legalIdentifiers").get(0).asText()).isEqualTo(identifier);
            assertThat(event.path("data").path("sector").asText()).isEqualTo("VOLUNTARY_AND_COMMUNITY");
            assertThat(event.path("data").has("contacts")).as("contacts are private").isFalse();
        }
    }

    @Test
    void theAreasAnOrganisationIsLocalToAreShownAndPublishedAndAnUnknownAreaIsRefusedByName() throws Exception {
        Map<String, Object> body = Fixtures.organisation("Cardiff Women's Aid", Fixtures.charityNumber());
        body.put("localAreas", List.of("W15000003", "W15000001"));
        String id = given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(body)
                .post("/v1/organisations").then().statusCode(201)
                .body("localAreas", equalTo(List.of("W15000001", "W15000003"))).extract().path("id");
        given().header("Authorization", ADMIN).get("/v1/organisations/" + id).then().statusCode(200)
                .body("localAreas", equalTo(List.of("W15000001", "W15000003")));

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), OrganisationEvents.TOPIC)) {
            JsonNode data = new ObjectMapper().readTree(topic.awaitOne(r -> id.equals(r.key()), Duration.ofSeconds(15)).value())
                    .path("data");
            assertThat(data.path("localAreas").toString()).isEqualTo("[\"W15000001\",\"W15000003\"]");
        }

        Map<String, Object> unknown = Fixtures.organisation("Nowhere Trust", Fixtures.charityNumber());
        unknown.put("localAreas", List.of("X99999999"));
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(unknown).post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("localAreas"));
    }

    @Test
    void secondRegistrationOfAnUnverifiedIdentifierIsAcceptedAndFlaggedNotRefusedNamingTheFirst() {
        String identifier = Fixtures.charityNumber();
        String first = given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Fixtures.organisation("First", identifier)).post("/v1/organisations")
                .then().statusCode(201).extract().path("id");

        String second = given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Fixtures.organisation("Second", identifier)).post("/v1/organisations")
                .then().statusCode(201).body("legalIdentifiers", equalTo(List.of(identifier))).extract().path("id");

        given().header("Authorization", ADMIN).get("/v1/identifier-claims/conflicts").then().statusCode(200)
                .body("items.find { it.identifier == '" + identifier + "' }.claims.organisationId",
                        equalTo(List.of(first, second)));
    }

    @Test
    void everyInvalidFieldIsListedInOneProblem() {
        Map<String, Object> body = Fixtures.organisation("", "GB-CHC-12");
        body.put("address", Map.of("line1", "x", "town", "Truro", "postcode", "NOT A POSTCODE"));
        body.put("contacts", List.of(Map.of("name", "Jo", "email", "not-an-email")));
        body.put("website", "ftp://nope");

        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(body)
                .post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:df:problem:validation"))
                .body("errors.field", hasItems("name", "legalIdentifiers[0]", "address.postcode", "contacts[0].email", "website"))
                .body("errors.find { it.field == 'legalIdentifiers[0]' }.message", containsString("Charity Commission"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body("{\"name\": ")
                .post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("detail", notNullValue());
    }

    @Test
    void aValueOfTheWrongKindNamesTheField() {
        Map<String, Object> body = Fixtures.organisation("Typo Trust", Fixtures.charityNumber());
        body.put("sector", "CHARITY");
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(body)
                .post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sector"))
                .body("detail", containsString("VOLUNTARY_AND_COMMUNITY"))
                .body("detail", org.hamcrest.Matchers.not(containsString("uk.gov")));
    }

    @Test
    void writingWithoutATokenIs401AndWithTheWrongRoleIs403() {
        var body = Fixtures.organisation("Nobody", Fixtures.charityNumber());
        given().contentType(ContentType.JSON).body(body).post("/v1/organisations")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).header("Authorization", "Bearer not.a.token").body(body)
                .post("/v1/organisations").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.commissioner("NPS-WALES")).body(body)
                .post("/v1/organisations").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void providersEditOnlyTheirOwnOrganisationWithIfMatch() {
        String id = Fixtures.registered("Own Org");
        String other = Fixtures.registered("Other Org");
        String own = TestTokens.provider(id);
        String etag = given().header("Authorization", own).get("/v1/organisations/" + id)
                .then().statusCode(200).body("contacts", hasSize(1)).header("ETag", equalTo("\"0\""))
                .extract().header("ETag");

        Map<String, Object> changed = given().header("Authorization", own).get("/v1/organisations/" + id).then()
                .extract().jsonPath().getMap("$");
        Map<String, Object> update = Fixtures.organisation("Own Org Renamed", ((List<String>) changed.get("legalIdentifiers")).get(0));

        given().contentType(ContentType.JSON).header("Authorization", own).body(update)
                .put("/v1/organisations/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).header("Authorization", own).header("If-Match", "\"999\"").body(update)
                .put("/v1/organisations/" + id).then().statusCode(412).contentType("application/problem+json")
                .body("currentETag", equalTo("\"0\""));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(other)).header("If-Match", etag)
                .body(update).put("/v1/organisations/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", own).header("If-Match", etag).body(update)
                .put("/v1/organisations/" + id).then().statusCode(200).body("name", equalTo("Own Org Renamed"))
                .header("ETag", equalTo("\"1\""));
        // the ETag read before the change is stale now: refused, naming the current one
        update.put("name", "Own Org Renamed Again");
        given().contentType(ContentType.JSON).header("Authorization", own).header("If-Match", etag).body(update)
                .put("/v1/organisations/" + id).then().statusCode(412).body("currentETag", equalTo("\"1\""));
        given().contentType(ContentType.JSON).header("Authorization", own).header("If-Match", "W/\"1\"").body(update)
                .put("/v1/organisations/" + id).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("name", equalTo("Own Org Renamed Again"));

        given().header("Authorization", own).get("/v1/organisations/" + id + "/history")
                .then().statusCode(200)
                .body("items.action", equalTo(List.of("REGISTERED", "UPDATED", "UPDATED")))
                .body("items[1].changes.name.from", equalTo("Own Org"))
                .body("items[1].changes.name.to", equalTo("Own Org Renamed"))
                .body("items[1].actor", containsString("provider"));
        given().header("Authorization", TestTokens.provider(other)).get("/v1/organisations/" + id + "/history")
                .then().statusCode(403);
    }

    @Test
    void theOrganisationOfAnUnqualifiedProviderIsNotPublic() {
        String id = Fixtures.registered("Not Yet Qualified");
        given().get("/v1/organisations/" + id).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.provider(id)).get("/v1/organisations/" + id)
                .then().statusCode(200).body("contacts", hasSize(1));
        given().header("Authorization", ADMIN).get("/v1/organisations/" + id)
                .then().statusCode(200).body("address.line1", equalTo("1 High Street"))
                .body("contacts[0].email", equalTo("jo@example.org"));
        given().header("Authorization", TestTokens.commissioner("NPS-WALES")).get("/v1/organisations/" + id)
                .then().statusCode(404).body("contacts", nullValue());
    }

    @Test
    void aPageBeyondAnyListIsA400NotAnOverflow() {
        given().get("/v1/directory/providers?page=21474837&size=100").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }

    @Test
    void aProviderTokenNamesItsOrganisationByIdNotByALegalIdentifier() {
        String identifier = Fixtures.charityNumber();
        String id = given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Fixtures.organisation("Claimed By Number", identifier)).post("/v1/organisations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.provider(identifier)).get("/v1/organisations/" + id + "/history")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("org_id"));
        given().header("Authorization", TestTokens.provider(id)).get("/v1/organisations/" + id + "/history")
                .then().statusCode(200);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstResponseNotASecondOrganisation() {
        String key = java.util.UUID.randomUUID().toString();
        String identifier = Fixtures.charityNumber();
        Map<String, Object> body = Fixtures.organisation("Retried Trust", identifier);
        String first = given().contentType(ContentType.JSON).header("Authorization", ADMIN).header("Idempotency-Key", key)
                .body(body).post("/v1/organisations").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).header("Idempotency-Key", key)
                .body(body).post("/v1/organisations").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", containsString(first))
                .body("id", equalTo(first));
        given().header("Authorization", ADMIN).get("/v1/organisations?identifier=" + identifier)
                .then().statusCode(200).body("total", equalTo(1));

        given().contentType(ContentType.JSON).header("Authorization", ADMIN).header("Idempotency-Key", key)
                .body(Fixtures.organisation("Another Trust", Fixtures.charityNumber())).post("/v1/organisations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:df:problem:idempotency-key-reused"));
    }

    @Test
    void aFailedRequestFreesItsIdempotencyKey() {
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> invalid = Fixtures.organisation("", Fixtures.charityNumber());
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).header("Idempotency-Key", key)
                .body(invalid).post("/v1/organisations").then().statusCode(400);
        Map<String, Object> valid = Fixtures.organisation("Fixed Trust", Fixtures.charityNumber());
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).header("Idempotency-Key", key)
                .body(valid).post("/v1/organisations").then().statusCode(201);
    }

    @Test
    void readinessCoversTheDatabaseAndKafkaAndTheTrafficGroupOnlyTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
        given().get("/q/health/group/traffic").then().statusCode(200)
                .body("checks.name", equalTo(List.of("database")));
    }
}
