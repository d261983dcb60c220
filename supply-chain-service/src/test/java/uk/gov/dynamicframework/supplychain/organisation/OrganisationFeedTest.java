package uk.gov.dynamicframework.supplychain.organisation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestEvents;
import uk.gov.dynamicframework.devtools.TestTokens;

@QuarkusTest
class OrganisationFeedTest {

    @Test
    void aRegisteredOrganisationIsKnownWithItsDiversityAttributes() {
        String org = UUID.randomUUID().toString();
        TestEvents.send("df.organisations.v1", org, TestEvents.cloudEvent(TestEvents.newId(), "df.organisation.registered", org, """
                {"organisationId":"%s","name":"Cymru Cares","sector":"VOLUNTARY_AND_COMMUNITY","incomeBand":"UNDER_100K",
                 "characteristics":["WELSH_ORGANISATION"],"town":"Swansea","postcode":"SA1 1AA",
                 "frameworkStatus":"NOT_APPLIED","version":0}""".formatted(org)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.commissioner("WALES-RPD")).get("/v1/supply-chain-organisations/" + org)
                .then().statusCode(200)
                .body("name", equalTo("Cymru Cares"))
                .body("characteristics", contains("WELSH_ORGANISATION"))
                .body("voluntary", equalTo(true))
                .body("small", equalTo(true)));
    }

    @Test
    void readingWithoutATokenIs401() {
        given().get("/v1/supply-chain-organisations/" + UUID.randomUUID()).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aProviderReadsOnlyItsOwnOrganisation() {
        String org = UUID.randomUUID().toString();
        TestEvents.send("df.organisations.v1", org, TestEvents.cloudEvent(TestEvents.newId(), "df.organisation.registered", org, """
                {"organisationId":"%s","name":"Private Ltd","sector":"PRIVATE","incomeBand":"OVER_10M",
                 "characteristics":[],"frameworkStatus":"REJECTED","version":0}""".formatted(org)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.provider(org)).get("/v1/supply-chain-organisations/" + org)
                .then().statusCode(200));
        given().header("Authorization", TestTokens.provider(UUID.randomUUID().toString()))
                .get("/v1/supply-chain-organisations/" + org).then().statusCode(404);
    }
}
