package uk.gov.dynamicframework.supplychain.subcontract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.agreement;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.confirm;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.money;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.organisation;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.propose;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.devtools.TopicRecorder;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Agreement;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Org;

@QuarkusTest
class SupplyChainTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void anAgreementCreatedOpensItsSupplyChainWithThePartnersProposedInTheBid() throws Exception {
        Org lead = organisation("Lead").register();
        Org partner = organisation("Bid partner").register();
        Org unpriced = organisation("Unpriced partner").register();
        Agreement a = agreement(lead).value("500000.00").proposing(partner, "120000.00").proposing(unpriced, null).create();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/v1/supply-chains/" + a.id()).then()
                .statusCode(200)
                .body("leadProvider.organisationId", equalTo(lead.id()))
                .body("subcontracts", hasSize(2))
                .body("subcontracts.status", contains("PROPOSED", "PROPOSED"))
                .body("subcontracts.organisationName", containsInAnyOrder(partner.name(), unpriced.name()))
                .body("allocated.amount", equalTo(120000.00f)));
        String unpricedId = given().get("/v1/supply-chains/" + a.id()).then()
                .extract().path("subcontracts.find { it.organisationId == '" + unpriced.id() + "' }.subcontractId");
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"0\"")
                .post("/v1/supply-chains/" + a.id() + "/subcontracts/" + unpricedId + "/confirmation")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.endsWith("share-required"));

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), SupplyChainEvents.TOPIC)) {
            var proposed = topic.await(r -> r.key().equals(a.id()) && r.value().contains(SupplyChainEvents.PROPOSED), 2,
                    Duration.ofSeconds(15));
            assertThat(proposed).hasSize(2);
            JsonNode data = mapper.readTree(proposed.get(0).value()).get("data");
            assertThat(data.get("leadProviderId").asText()).isEqualTo(lead.id());
            assertThat(data.get("status").asText()).isEqualTo("PROPOSED");
            assertThat(data.get("share").get("amount").decimalValue()).isEqualByComparingTo("120000.00");
            assertThat(data.get("version").asLong()).isEqualTo(0);
        }
    }

    @Test
    void anAgreementCreatedEventDeliveredTwiceOpensOneSupplyChain() {
        Org lead = organisation("Lead").register();
        Org partner = organisation("Partner").register();
        Agreement a = agreement(lead).value("500000.00").proposing(partner, "1000.00").create();
        a.redeliverCreated();
        a.varied("600000.00", 1); // behind the redelivery in the agreement's partition: once it shows, both were handled

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/v1/supply-chains/" + a.id()).then()
                .body("value.amount", equalTo(600000.00f)));
        given().get("/v1/supply-chains/" + a.id()).then().body("subcontracts", hasSize(1))
                .body("subcontracts[0].organisationId", equalTo(partner.id()));
    }

    @Test
    void theSharesNeverExceedTheAgreementsValue() {
        Org lead = organisation("Lead").register();
        Org one = organisation("One").register();
        Org two = organisation("Two").register();
        Agreement a = agreement(lead).value("100000.00").create();
        String first = propose(a, subcontract(a, one, "70000.00"));

        given().contentType(ContentType.JSON).header("Authorization", lead.token()).body(subcontract(a, two, "30000.01"))
                .post("/v1/supply-chains/" + a.id() + "/subcontracts").then().statusCode(422)
                .body("available.amount", equalTo(30000.00f)).body("allocated.amount", equalTo(70000.00f));
        propose(a, subcontract(a, two, "30000.00"));

        Map<String, Object> raise = new HashMap<>(subcontract(a, one, "70000.01"));
        raise.remove("organisationId");
        raise.put("reason", "More work");
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"0\"").body(raise)
                .put("/v1/supply-chains/" + a.id() + "/subcontracts/" + first).then().statusCode(422);
        given().get("/v1/supply-chains/" + a.id()).then().body("allocated.amount", equalTo(100000.00f))
                .body("sharesExceedValue", equalTo(false));
    }

    @Test
    void aVariationThatLeavesTheSharesAboveTheValueRaisesAFlagAndKeepsTheData() {
        Org lead = organisation("Lead").register();
        Org one = organisation("One").register();
        Agreement a = agreement(lead).value("100000.00").create();
        String sub = propose(a, subcontract(a, one, "80000.00"));
        confirm(a, sub);

        a.varied("60000.00", 1);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/v1/supply-chains/" + a.id()).then()
                .body("value.amount", equalTo(60000.00f)).body("sharesExceedValue", equalTo(true))
                .body("subcontracts[0].share.amount", equalTo(80000.00f)).body("subcontracts[0].status", equalTo("CONFIRMED")));
        given().queryParam("kind", "SHARES_EXCEED_VALUE").get("/v1/diversity/flags").then().statusCode(200)
                .body("items.findAll { it.agreementId == '" + a.id() + "' }", hasSize(1));
        a.varied("100000.00", 0); // stale: older than what was applied
        a.varied("90000.00", 2);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/v1/supply-chains/" + a.id()).then()
                .body("value.amount", equalTo(90000.00f)).body("sharesExceedValue", equalTo(false)));
    }

    @Test
    void onlyTheLeadProviderAndTheAgreementsCommissionersChangeTheSupplyChain() {
        Org lead = organisation("Lead").register();
        Org other = organisation("Other provider").register();
        Org partner = organisation("Partner").register();
        Agreement a = agreement(lead).value("500000.00").create();
        String path = "/v1/supply-chains/" + a.id() + "/subcontracts";
        var body = subcontract(a, partner, "1000.00");

        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", other.token()).body(body).post(path).then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.commissioner("SOMEONE-ELSE")).body(body)
                .post(path).then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("framework-admin")).body(body)
                .post(path).then().statusCode(403);
        String id = given().contentType(ContentType.JSON).header("Authorization", a.commissioner()).body(body).post(path)
                .then().statusCode(201).header("ETag", "\"0\"").extract().path("subcontractId");
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).body(body).post(path).then().statusCode(409);

        given().get(path + "/" + id).then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("PROPOSED"));
        given().contentType(ContentType.JSON).header("Authorization", other.token()).header("If-Match", "\"0\"")
                .body(Map.of("reason", "x")).post(path + "/" + id + "/withdrawal").then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", lead.token())
                .body(Map.of("reason", "x")).post(path + "/" + id + "/withdrawal").then().statusCode(428);
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"7\"")
                .body(Map.of("reason", "x")).post(path + "/" + id + "/withdrawal").then().statusCode(412);
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"0\"")
                .body(Map.of("reason", "Partner closed")).post(path + "/" + id + "/withdrawal").then().statusCode(200)
                .header("ETag", "\"1\"").body("status", equalTo("WITHDRAWN")).body("endReason", equalTo("Partner closed"));
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"1\"")
                .body(Map.of("reason", "again")).post(path + "/" + id + "/confirmation").then().statusCode(409);
    }

    @Test
    void aSubcontractGoesFromProposedToConfirmedToEndedWithItsHistory() {
        Org lead = organisation("Lead").register();
        Org partner = organisation("Partner").register();
        Agreement a = agreement(lead).value("500000.00").create();
        String path = "/v1/supply-chains/" + a.id() + "/subcontracts/";
        String id = propose(a, subcontract(a, partner, "50000.00"));
        confirm(a, id);

        Map<String, Object> change = new HashMap<>(subcontract(a, partner, "40000.00"));
        change.remove("organisationId");
        change.put("reason", "Fewer referrals");
        change.put("effectiveFrom", a.start().plusMonths(1).toString());
        given().contentType(ContentType.JSON).header("Authorization", a.commissioner()).header("If-Match", "\"1\"").body(change)
                .put(path + id).then().statusCode(200).header("ETag", "\"2\"").body("share.amount", equalTo(40000.00f));
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"2\"")
                .body(Map.of("endDate", a.end().plusDays(1).toString(), "reason", "x")).post(path + id + "/ending")
                .then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).header("If-Match", "\"2\"")
                .body(Map.of("endDate", a.start().plusMonths(3).toString(), "reason", "Brought in house"))
                .post(path + id + "/ending").then().statusCode(200).body("status", equalTo("ENDED"))
                .body("endDate", equalTo(a.start().plusMonths(3).toString()));

        JsonPath history = given().get(path + id + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.action")).containsExactly("PROPOSED", "CONFIRMED", "CHANGED", "ENDED");
        assertThat(history.getList("items.version", Integer.class)).containsExactly(0, 1, 2, 3);
        assertThat(history.getString("items[2].reason")).isEqualTo("Fewer referrals");
        assertThat(history.getString("items[2].actor")).isEqualTo("commissioner@" + a.body());
        assertThat(history.getString("items[3].actor")).isEqualTo("provider@" + lead.id());

        String onFirstDay = "/v1/diversity/agreements/" + a.id() + "?asAt=";
        given().get(onFirstDay + a.start()).then().body("valueToSubcontractors.amount", equalTo(50000.00f));
        given().get(onFirstDay + a.start().plusMonths(2)).then().body("valueToSubcontractors.amount", equalTo(40000.00f));
        given().get(onFirstDay + a.start().plusMonths(4)).then().body("valueToSubcontractors.amount", equalTo(0.00f))
                .body("agreementsWithNoSubcontractors", equalTo(1));
    }

    @Test
    void aSubcontractIsARegisteredOrganisationDeliveringTheAgreementsCategoriesAndAreasWithinItsDates() {
        Org lead = organisation("Lead").register();
        Org partner = organisation("Partner").register();
        Agreement a = agreement(lead).value("500000.00").create();
        String path = "/v1/supply-chains/" + a.id() + "/subcontracts";
        var unknownOrg = new HashMap<>(subcontract(a, partner, "10.00"));
        unknownOrg.put("organisationId", UUID.randomUUID().toString());
        var wrongCategory = new HashMap<>(subcontract(a, partner, "10.00"));
        wrongCategory.put("categories", List.of("WOMEN"));
        var unknownArea = new HashMap<>(subcontract(a, partner, "10.00"));
        unknownArea.put("areas", List.of("E99999999"));
        var otherArea = new HashMap<>(subcontract(a, partner, "10.00"));
        otherArea.put("areas", List.of("W15000001"));
        var tooLate = new HashMap<>(subcontract(a, partner, "10.00"));
        tooLate.put("endDate", a.end().plusDays(1).toString());
        var euros = new HashMap<>(subcontract(a, partner, "10.00"));
        euros.put("share", Map.of("amount", 10, "currency", "EUR"));
        for (var body : List.of(unknownOrg, wrongCategory, unknownArea, otherArea, tooLate, euros)) {
            given().contentType(ContentType.JSON).header("Authorization", lead.token()).body(body).post(path).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).header("Authorization", lead.token()).body(Map.of()).post(path).then()
                .statusCode(400);
        given().get("/v1/supply-chains/" + a.id()).then().body("subcontracts", hasSize(0));
    }

    @Test
    void aSubcontractorSeesTheAgreementsItIsInAndNoOneElsesList() {
        Org lead = organisation("Lead").register();
        Org partner = organisation("Partner").register();
        Agreement a = agreement(lead).value("500000.00").create();
        propose(a, subcontract(a, partner, "1000.00"));

        String path = "/v1/supply-chain-organisations/" + partner.id() + "/subcontracts";
        given().header("Authorization", partner.token()).get(path).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].agreementId", equalTo(a.id()))
                .body("items[0].leadProviderId", equalTo(lead.id()));
        given().header("Authorization", lead.token()).get(path).then().statusCode(403);
        given().header("Authorization", a.commissioner()).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
    }
}
