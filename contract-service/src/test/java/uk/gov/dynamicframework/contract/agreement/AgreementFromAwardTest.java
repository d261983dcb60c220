package uk.gov.dynamicframework.contract.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.dynamicframework.contract.support.Fixtures.ADMIN;
import static uk.gov.dynamicframework.contract.support.Fixtures.amount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.AwardBuilder;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TopicRecorder;

@QuarkusTest
class AgreementFromAwardTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void anAwardDeliveredTwiceAndRepublishedMakesExactlyOneAgreement() throws Exception {
        AwardBuilder award = Fixtures.award();
        String eventId = award.send();
        Created agreement = award.awaitAgreement();
        award.send(eventId); // the same event again (a redelivery)
        award.send(); // the same award in a new event (a replay by the producer)
        AwardBuilder nextLot = Fixtures.award().sameCompetitionAs(award);
        nextLot.send(); // same partition, sent last: once its agreement exists, the two duplicates were handled
        nextLot.awaitAgreement();

        assertThat(award.agreements()).extracting(m -> m.get("id")).containsExactly(agreement.id());

        try (TopicRecorder recorder = new TopicRecorder(ServiceTestResource.bootstrapServers(), AgreementEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> created = recorder.await(r -> agreement.id().equals(r.key())
                    && r.value().contains(AgreementEvents.CREATED), 1, Duration.ofSeconds(20));
            recorder.await(r -> r.value().contains(nextLot.winner.toString()), 1, Duration.ofSeconds(20));
            created = recorder.await(r -> agreement.id().equals(r.key()) && r.value().contains(AgreementEvents.CREATED), 2,
                    Duration.ofSeconds(1));
            assertThat(created).as("one created event for the one agreement").hasSize(1);
            JsonNode data = mapper.readTree(created.get(0).value()).path("data");
            assertThat(data.path("agreementId").asText()).isEqualTo(agreement.id());
            assertThat(data.path("ocid").asText()).isEqualTo(award.ocid());
            assertThat(data.path("kind").asText()).isEqualTo("GRANT");
            assertThat(data.path("status").asText()).isEqualTo("MOBILISING");
            assertThat(data.path("leadProvider").path("organisationId").asText()).isEqualTo(award.winner.toString());
            assertThat(data.path("owningBodyId").asText()).isEqualTo(award.owner);
            assertThat(data.path("commissioningBodies").get(1).path("share").path("amount").decimalValue()).isEqualByComparingTo("150000.00");
            assertThat(data.path("value").path("amount").decimalValue()).isEqualByComparingTo("450000.00");
            assertThat(data.path("proposedSupplyChain").get(0).path("share").path("amount").decimalValue()).isEqualByComparingTo("112500.00");
            assertThat(data.path("contractType").asText()).isEqualTo("WOS");
            assertThat(data.path("version").asLong()).isZero();
        }
    }

    @Test
    void theAgreementCarriesWhatTheAwardSaid() {
        AwardBuilder award = Fixtures.award();
        award.send();
        Created a = award.awaitAgreement();

        given().header("Authorization", ADMIN).get(a.path()).then().statusCode(200)
                .body("reference", matchesPattern("DF-AGR-" + TestClock.today().getYear() + "-\\d{5,}"))
                .body("ocid", equalTo(award.ocid()))
                .body("competitionId", equalTo(award.competitionId.toString()))
                .body("awardId", equalTo(award.awardId.toString()))
                .body("kind", equalTo("GRANT"))
                .body("status", equalTo("MOBILISING"))
                .body("leadProvider.name", equalTo("Women Connect Cymru"))
                .body("commissioningBodies.bodyId", contains(award.owner, award.co))
                .body("commissioningBodies.role", contains("OWNER", "CO_COMMISSIONER"))
                .body("contractType", equalTo("WOS"))
                .body("categories", contains("WOMEN"))
                .body("areas", contains("W15000003", "W15000002"))
                .body("value.amount", amount("450000.00"))
                .body("startDate", equalTo(award.start.toString()))
                .body("endDate", equalTo(award.end.toString()))
                .body("eligiblePopulation", containsInAnyOrder("WOMEN", "AGED_18_TO_25"))
                .body("complexityLevels", contains("MEDIUM", "HIGH"))
                .body("proposedSupplyChain[0].organisationId", equalTo(award.partner.toString()))
                .body("proposedSupplyChain[0].sharePercent", amount("25.00"))
                .body("grantTerms.paymentSchedule", equalTo("IN_ARREARS"))
                .body("visibility", equalTo("FULL"));
        // the public reads it too, without contacts
        given().get(a.path()).then().statusCode(200).body("visibility", equalTo("PUBLIC")).body("contacts", nullValue())
                .body("value.amount", amount("450000.00"));        // and finds it from the competition
        given().queryParam("competitionId", award.competitionId.toString()).get("/v1/agreements").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(a.id()));
        given().queryParam("competitionId", java.util.UUID.randomUUID().toString()).get("/v1/agreements").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("competitionId", "not-a-uuid").get("/v1/agreements").then().statusCode(400);
    }
}
