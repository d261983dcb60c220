package uk.gov.dynamicframework.supplychain.flag;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.agreement;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.organisation;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.propose;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.devtools.TopicRecorder;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainEvents;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Agreement;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Org;

@QuarkusTest
class SupplyChainFlagsTest {

    @Inject
    FlagSweep sweep;

    @Test
    void anAgreementWithNoSubcontractorsIsFlaggedOnceAndTheFlagResolvesWhenOneIsAdded() {
        Org lead = organisation("Alone").register();
        Org partner = organisation("Partner").register();
        Agreement a = agreement(lead).value("300000.00").create();
        String flagsOfA = "items.findAll { it.agreementId == '" + a.id() + "' }";

        given().queryParam("kind", "NO_SUBCONTRACTORS").queryParam("size", 100).get("/v1/diversity/flags").then()
                .statusCode(200).body(flagsOfA, hasSize(1)).body(flagsOfA + "[0].bodyIds", equalTo(List.of(a.body())));
        given().queryParam("bodyId", a.body()).get("/v1/diversity/flags").then().body("items.kind", equalTo(List.of("NO_SUBCONTRACTORS")));

        String sub = propose(a, subcontract(a, partner, "1000.00"));
        given().queryParam("kind", "NO_SUBCONTRACTORS").queryParam("size", 100).get("/v1/diversity/flags").then()
                .body(flagsOfA, hasSize(0));
        given().queryParam("bodyId", a.body()).queryParam("includeResolved", true).get("/v1/diversity/flags").then()
                .body("items", hasSize(1)).body("items[0].resolvedAt", org.hamcrest.Matchers.notNullValue());
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"0\"")
                .body(Map.of("reason", "fell through")).post("/v1/supply-chains/" + a.id() + "/subcontracts/" + sub + "/withdrawal")
                .then().statusCode(200);
        given().queryParam("bodyId", a.body()).get("/v1/diversity/flags").then().body("items", hasSize(1))
                .body("items[0].resolvedAt", org.hamcrest.Matchers.nullValue());

        given().queryParam("bodyId", a.body()).get("/v1/diversity/flags").then().body("items[0].version", equalTo(3));

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), SupplyChainEvents.TOPIC)) {
            Predicate<ConsumerRecord<String, String>> flagOfA = r -> r.key().equals(a.id())
                    && r.value().contains("\"kind\":\"NO_SUBCONTRACTORS\"");
            topic.await(flagOfA, 3, Duration.ofSeconds(20));
            var flagEvents = topic.await(flagOfA, 4, Duration.ofSeconds(2)); // a fourth would be one too many
            assertThat(flagEvents).as("raised, resolved when a subcontractor was proposed, raised again at its withdrawal")
                    .extracting(r -> typeAndVersion(r.value()))
                    .containsExactly(SupplyChainEvents.FLAG_RAISED + " 1", SupplyChainEvents.FLAG_RESOLVED + " 2",
                            SupplyChainEvents.FLAG_RAISED + " 3");
            JsonNode resolved = json(flagEvents.get(1).value()).get("data");
            assertThat(resolved.get("resolvedAt").isNull()).isFalse();
            assertThat(json(flagEvents.get(2).value()).get("data").get("resolvedAt").isNull()).isTrue();
        }
    }

    private static JsonNode json(String event) {
        try {
            return new ObjectMapper().readTree(event);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + event, e);
        }
    }

    private static String typeAndVersion(String event) {
        JsonNode e = json(event);
        return e.get("type").asText() + " " + e.get("data").get("version").asLong();
    }

    @Test
    void aTerminatedAgreementsFlagsResolveFromTheDayItsTerminationTakesEffect() {
        Org lead = organisation("Terminated lead").privateSector().register();
        Agreement a = agreement(lead).areas("E23000011").value("200000.00").create();
        given().queryParam("bodyId", a.body()).get("/v1/diversity/flags").then()
                .body("items.kind", org.hamcrest.Matchers.hasItem("NO_SUBCONTRACTORS"));

        a.terminated(TestClock.today(), 2);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("bodyId", a.body())
                .get("/v1/diversity/flags").then().body("items", hasSize(0)));
        given().get("/v1/diversity/agreements/" + a.id()).then().statusCode(200).body("agreements", equalTo(0));
        given().contentType(ContentType.JSON).header("Authorization", lead.token())
                .body(subcontract(organisation("Too late").register(), "1000.00", TestClock.today(), TestClock.today(),
                        a.categories(), a.areas()))
                .post("/v1/supply-chains/" + a.id() + "/subcontracts").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void anAgreementsFlagsResolveTheDayAfterItsLastDayWithNoEventToSaySo() {
        Org lead = organisation("Running out").privateSector().register();
        Agreement ending = agreement(lead).areas("E23000031").dates(TestClock.today().minusMonths(3), TestClock.today())
                .create();
        Agreement terminatedAhead = agreement(lead).areas("E23000031").create();
        terminatedAhead.terminated(TestClock.today().plusDays(1), 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/v1/supply-chains/" + terminatedAhead.id())
                .then().extract().path("agreementStatus").equals("TERMINATED"));
        for (Agreement a : List.of(ending, terminatedAhead)) {
            given().queryParam("bodyId", a.body()).get("/v1/diversity/flags").then()
                    .body("items.kind", org.hamcrest.Matchers.hasItem("NO_SUBCONTRACTORS"));
        }
        assertThat(sweep.run()).as("nothing has passed its last day yet").map(Object::toString).doesNotContain(ending.id(), terminatedAhead.id());

        TestClock.advance(Duration.ofDays(2));
        assertThat(sweep.run()).map(Object::toString).contains(ending.id(), terminatedAhead.id());
        for (Agreement a : List.of(ending, terminatedAhead)) {
            given().queryParam("bodyId", a.body()).get("/v1/diversity/flags").then().body("items", hasSize(0));
        }
        assertThat(sweep.run()).as("evaluated since its last day: not again").map(Object::toString)
                .doesNotContain(ending.id(), terminatedAhead.id());
    }

    @Test
    void anAreaAnAgreementNoLongerCoversHasItsFlagResolved() {
        Org lead = organisation("Moving lead").privateSector().register();
        Agreement a = agreement(lead).contractType("PWB", "FAMILY_SIGNIFICANT_OTHERS").areas("E23000021").value("80000.00")
                .create();
        String inFormer = "items.findAll { it.subject == 'E23000021:FAMILY_SIGNIFICANT_OTHERS' }";
        String inNew = "items.findAll { it.subject == 'E23000022:FAMILY_SIGNIFICANT_OTHERS' }";
        given().queryParam("kind", "NO_VOLUNTARY_ORGANISATION").queryParam("bodyId", a.body()).get("/v1/diversity/flags")
                .then().body(inFormer, hasSize(1)).body(inNew, hasSize(0));

        a.movedTo(2, "E23000022");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("kind", "NO_VOLUNTARY_ORGANISATION")
                .queryParam("bodyId", a.body()).get("/v1/diversity/flags").then().body(inFormer, hasSize(0))
                .body(inNew, hasSize(1)));
    }

    @Test
    void anOrganisationBecomingSmallOrVoluntaryResolvesTheFlagsThatDependedOnIt() {
        Org lead = organisation("Lead turning charity").privateSector().income("OVER_10M").register();
        Org partner = organisation("Shrinking firm").privateSector().income("FROM_1M_TO_10M").register();
        Agreement a = agreement(lead).contractType("PWB", "SOCIAL_INCLUSION").areas("E23000025").value("100000.00").create();
        propose(a, subcontract(a, partner, "30000.00"));
        given().contentType(ContentType.JSON).header("Authorization", a.commissioner()).body(Map.of("minimumShare", 0.25))
                .put("/v1/diversity/small-organisation-thresholds/" + a.body()).then().statusCode(200);
        String coverage = "items.findAll { it.subject == 'E23000025:SOCIAL_INCLUSION' }";
        given().queryParam("bodyId", a.body()).queryParam("size", 100).get("/v1/diversity/flags").then()
                .body("items.kind", org.hamcrest.Matchers.hasItem("SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD"))
                .body(coverage, hasSize(1));

        partner.withIncomeBand("UNDER_100K", 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("bodyId", a.body())
                .queryParam("kind", "SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD").get("/v1/diversity/flags").then()
                .body("items", hasSize(0)));

        lead.withSector("VOLUNTARY_AND_COMMUNITY", 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("bodyId", a.body())
                .queryParam("size", 100).get("/v1/diversity/flags").then().body(coverage, hasSize(0)));

        partner.withIncomeBand("FROM_1M_TO_10M", 2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("bodyId", a.body())
                .queryParam("kind", "SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD").get("/v1/diversity/flags").then()
                .body("items", hasSize(1)).body("items[0].version", equalTo(3)));
    }

    @Test
    void aShareToSmallOrganisationsBelowTheCommissionersThresholdIsFlagged() {
        Org lead = organisation("Lead").register();
        Org small = organisation("Tiny charity").income("UNDER_100K").register();
        Agreement a = agreement(lead).value("100000.00").create();
        propose(a, subcontract(a, small, "10000.00"));
        String path = "/v1/diversity/small-organisation-thresholds/" + a.body();

        given().contentType(ContentType.JSON).header("Authorization", TestTokens.commissioner("ANOTHER-BODY"))
                .body(Map.of("minimumShare", 0.25)).put(path).then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", a.commissioner()).body(Map.of("minimumShare", 1.5))
                .put(path).then().statusCode(400);
        given().contentType(ContentType.JSON).header("Authorization", a.commissioner()).body(Map.of("minimumShare", 0.25))
                .put(path).then().statusCode(200).header("ETag", "\"0\"");
        given().get(path).then().statusCode(200).body("minimumShare", equalTo(0.25f));
        given().queryParam("kind", "SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD").queryParam("bodyId", a.body())
                .get("/v1/diversity/flags").then().body("items", hasSize(1)).body("items[0].agreementId", equalTo(a.id()));

        given().contentType(ContentType.JSON).header("Authorization", a.commissioner()).body(Map.of("minimumShare", 0.05))
                .put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("Authorization", a.commissioner()).header("If-Match", "\"0\"")
                .body(Map.of("minimumShare", 0.05)).put(path).then().statusCode(200);
        given().queryParam("kind", "SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD").queryParam("bodyId", a.body())
                .get("/v1/diversity/flags").then().body("items", hasSize(0));
    }

    @Test
    void aLeadProviderRepeatingTheSameOrganisationAcrossManyAreasIsFlagged() {
        Org lead = organisation("Regional lead").register();
        Org everywhere = organisation("Everywhere Ltd").privateSector().register();
        Agreement a = agreement(lead).region("EE").value("900000.00").create();
        propose(a, subcontract(everywhere, "1000.00", a.start(), a.end(), a.categories(), List.of("EE")));

        given().queryParam("kind", "REPEATED_ORGANISATIONS").queryParam("bodyId", a.body()).get("/v1/diversity/flags").then()
                .body("items", hasSize(1)).body("items[0].subject", equalTo(lead.id() + ":" + everywhere.id()))
                .body("items[0].leadProviderId", equalTo(lead.id()));
    }

    @Test
    void anAreaWhereNoVoluntaryOrganisationDeliversACategoryIsFlagged() {
        Org lead = organisation("Private lead").privateSector().register();
        Org charity = organisation("Dorset charity").register();
        Agreement a = agreement(lead).contractType("DNR", "RESTORATIVE_JUSTICE").areas("E23000039").value("50000.00").create();
        String query = "items.findAll { it.subject == 'E23000039:RESTORATIVE_JUSTICE' }";
        given().queryParam("kind", "NO_VOLUNTARY_ORGANISATION").queryParam("size", 100).get("/v1/diversity/flags").then()
                .body(query, hasSize(1));

        propose(a, subcontract(charity, "1000.00", a.start(), a.end(), a.categories(), a.areas()));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().queryParam("kind", "NO_VOLUNTARY_ORGANISATION")
                .queryParam("size", 100).get("/v1/diversity/flags").then().body(query, hasSize(0)));
        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), SupplyChainEvents.TOPIC)) {
            var resolved = topic.awaitOne(r -> r.key().equals("E23000039:RESTORATIVE_JUSTICE")
                    && r.value().contains(SupplyChainEvents.FLAG_RESOLVED), Duration.ofSeconds(8));
            assertThat(json(resolved.value()).get("data").get("resolvedAt").isNull()).isFalse();
        }
    }
}
