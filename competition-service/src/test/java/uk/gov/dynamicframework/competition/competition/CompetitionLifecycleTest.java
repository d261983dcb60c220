package uk.gov.dynamicframework.competition.competition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;
import static uk.gov.dynamicframework.competition.support.Fixtures.evaluator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TopicRecorder;

@QuarkusTest
class CompetitionLifecycleTest {

    @Inject
    DeadlineJob deadlines;

    @Inject
    CompetitionService competitions;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void twoLotCoCommissionedCompetitionRunsFromDraftToAwardAndPublishesTheAwardOnKafka() throws Exception {
        String owner = Fixtures.body("SW-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String pcc = Fixtures.body("PCC-DC", "POLICE_AND_CRIME_COMMISSIONER");
        String[] sw = Fixtures.SOUTH_WEST.toArray(String[]::new);
        Provider alpha = Fixtures.provider("Alpha").offering("ACCOMMODATION", "E23000035")
                .offering("EDUCATION_TRAINING_EMPLOYMENT", sw).create();
        Provider beta = Fixtures.provider("Beta").offering("ACCOMMODATION", "E23000035").create();
        Provider gamma = Fixtures.provider("Gamma").offering("ACCOMMODATION", "E23000035", "E23000036")
                .offering("EDUCATION_TRAINING_EMPLOYMENT", sw).create();
        Provider delta = Fixtures.provider("Delta").offering("EDUCATION_TRAINING_EMPLOYMENT", sw).create();
        Provider partner = Fixtures.provider("Partner").create();

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC)) {
            java.time.LocalDate draftedOn = TestClock.today();
            // Drafted by the regional probation director, co-commissioned and co-funded by the PCC.
            var created = Fixtures.competition(owner).ownerBudget("400000.00").coCommissioner(pcc, "250000.00")
                    .lot("ACCOMMODATION", "250000.00", "E23000035")
                    .regionLot("EDUCATION_TRAINING_EMPLOYMENT", "400000.00", "SW", "CONTRACT").create();
            long draftVersion = 1; // created, then the PCC accepted its invitation to co-commission
            String id = created.id();
            String etag = given().header("Authorization", commissioner(pcc)).get("/v1/competitions/" + id)
                    .then().statusCode(200)
                    .body("status", equalTo("DRAFT"))
                    .body("reference", matchesPattern("DF-COMP-\\d{4}-\\d{5}"))
                    .body("ocid", startsWith("ocds-dfprob-DF-COMP-"))
                    .body("commissioningBodies.code", equalTo(List.of(owner, pcc)))
                    .body("totalBudget.amount", Fixtures.amount("650000.00"))
                    .body("lots[0].fundingMechanism", equalTo("GRANT"))
                    .body("lots[1].fundingMechanism", equalTo("CONTRACT"))
                    .body("lots[1].areas", equalTo(Fixtures.SOUTH_WEST))
                    .body("lots[0].contractType", equalTo("ACC"))
                    .body("lots[0].outcome", equalTo("OPEN"))
                    .body("version", equalTo((int) draftVersion))
                    .extract().header("ETag");
            assertThat(etag).isEqualTo("\"" + draftVersion + "\"");

            // Every co-commissioner manages it: the PCC's commissioner publishes it.
            given().contentType(ContentType.JSON).header("Authorization", commissioner(pcc)).body(Map.of())
                    .post("/v1/competitions/" + id + "/publication").then().statusCode(200)
                    .body("status", equalTo("PUBLISHED"))
                    .body("lots[0].eligibleAtPublish", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
            String lot1 = created.lot(1);
            String lot2 = created.lot(2);

            String alphaBid = Fixtures.submit(id, alpha, Fixtures.bid(ordered(lot1, "200000.00", lot2, "300000.00"),
                    List.of(Map.of("organisationId", partner.id(), "share", 25))));
            String betaBid = Fixtures.submit(id, beta, Fixtures.bid(lot1, "180000.00"));
            String gammaBid = Fixtures.submit(id, gamma, Fixtures.bid(lot2, "280000.00"));
            String deltaBid = Fixtures.submit(id, delta, Fixtures.bid(lot2, "250000.00"));
            given().header("Authorization", delta.token()).contentType(ContentType.JSON)
                    .post("/v1/competitions/" + id + "/bids/" + deltaBid + "/withdrawal").then().statusCode(200)
                    .body("action", equalTo("WITHDRAWN"));

            // The deadline passes; the service closes the competition and starts evaluation by itself.
            TestClock.advance(Duration.ofDays(15));
            assertThat(deadlines.run().closed()).contains(UUID.fromString(id));
            assertThat(created.status()).isEqualTo("EVALUATION");
            topic.awaitOne(r -> r.key().equals(id) && r.value().contains("\"" + CompetitionEvents.CLOSED + "\""), Duration.ofSeconds(20));

            // Two named evaluators, one from each body, declare no conflict with the bidders, score independently;
            // the PCC's commissioner moderates.
            created.declareNoConflicts(evaluator(owner));
            created.declareNoConflicts(evaluator(pcc));
            Map<String, int[]> scores = Map.of(alphaBid + lot1, new int[] { 80, 70 }, betaBid + lot1, new int[] { 60, 50 },
                    alphaBid + lot2, new int[] { 70, 60 }, gammaBid + lot2, new int[] { 75, 80 });
            for (var e : List.of(List.of(alphaBid, lot1), List.of(betaBid, lot1), List.of(alphaBid, lot2), List.of(gammaBid, lot2))) {
                int[] s = scores.get(e.get(0) + e.get(1));
                String path = "/v1/competitions/" + id + "/lots/" + e.get(1) + "/bids/" + e.get(0);
                for (String body : List.of(owner, pcc)) {
                    given().contentType(ContentType.JSON).header("Authorization", evaluator(body))
                            .body(Map.of("scores", Map.of("Q1", s[0] + 5, "SV", s[1]), "passFail", Map.of("SAFEGUARDING", true)))
                            .put(path + "/scores/mine").then().statusCode(200);
                }
                given().header("Authorization", evaluator(owner)).get(path + "/scores").then().statusCode(200)
                        .body("items", hasSize(1));
                given().contentType(ContentType.JSON).header("Authorization", commissioner(pcc))
                        .body(Map.of("scores", Map.of("Q1", s[0], "SV", s[1]), "passFail", Map.of("SAFEGUARDING", true),
                                "rationale", "Agreed at moderation"))
                        .put(path + "/moderation").then().statusCode(200);
            }
            given().header("Authorization", commissioner(owner)).get("/v1/competitions/" + id + "/lots/" + lot1 + "/ranking")
                    .then().statusCode(200)
                    .body("items[0].bidId", equalTo(alphaBid)).body("items[0].total", Fixtures.amount("82.00"))
                    .body("items[1].bidId", equalTo(betaBid)).body("items[1].total", Fixtures.amount("71.00"));

            // The award must go to the highest-ranked bid.
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .body(Map.of("lots", List.of(Map.of("lotId", lot1, "bidId", betaBid), Map.of("lotId", lot2, "bidId", gammaBid))))
                    .post("/v1/competitions/" + id + "/award-decision").then().statusCode(422)
                    .body("highestRankedBidId", equalTo(alphaBid));
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .body(Map.of("lots", List.of(Map.of("lotId", lot1, "bidId", alphaBid), Map.of("lotId", lot2, "bidId", gammaBid))))
                    .post("/v1/competitions/" + id + "/award-decision").then().statusCode(200)
                    .body("status", equalTo("STANDSTILL")).body("awards", hasSize(2));

            // During standstill each unsuccessful bidder sees its own scores against the winner's; the public sees no notice yet.
            given().header("Authorization", beta.token()).get("/v1/competitions/" + id + "/bid-feedback/" + betaBid)
                    .then().statusCode(200)
                    .body("lots[0].outcome", equalTo("UNSUCCESSFUL"))
                    .body("lots[0].yourRank", equalTo(2))
                    .body("lots[0].yourTotal", Fixtures.amount("71.00"))
                    .body("lots[0].winnerTotal", Fixtures.amount("82.00"))
                    .body("lots[0].winnerScores.Q1", Fixtures.amount("48.00"))
                    .body("lots[0].yourScores.Q1", Fixtures.amount("36.00"));
            given().header("Authorization", alpha.token()).get("/v1/competitions/" + id + "/bid-feedback/" + betaBid)
                    .then().statusCode(404);
            given().get("/v1/competitions/" + id + "/awards").then().statusCode(404);

            // Standstill ends: the service makes the awards itself.
            TestClock.advance(Duration.ofDays(13)); // 8 working days, whatever the weekday
            deadlines.run();
            assertThat(created.status()).isEqualTo("AWARDED");
            given().get("/v1/competitions/" + id + "/awards").then().statusCode(200)
                    .body("awards", hasSize(2))
                    .body("awards.find { it.lotId == '" + lot1 + "' }.supplierName", equalTo(alpha.name()))
                    .body("awards.find { it.lotId == '" + lot2 + "' }.organisationId", equalTo(gamma.id()));

            var record = topic.awaitOne(r -> r.key().equals(id) && r.value().contains("\"" + CompetitionEvents.AWARDED + "\"")
                    && r.value().contains(lot1), Duration.ofSeconds(20));
            JsonNode data = mapper.readTree(record.value()).get("data");
            int awardedVersion = given().header("Authorization", Fixtures.ADMIN).get("/v1/competitions/" + id).then()
                    .extract().path("version");
            assertThat(data.at("/version").asLong()).isEqualTo(awardedVersion);
            assertThat(data.at("/contractType").asText()).isEqualTo("ACC");
            assertThat(data.at("/eligiblePopulation").toString()).isEqualTo("[\"ANY\"]");
            assertThat(data.at("/complexityLevels").toString()).isEqualTo("[\"LOW\",\"MEDIUM\",\"HIGH\"]");
            assertThat(data.at("/winner/organisationId").asText()).isEqualTo(alpha.id());
            assertThat(data.at("/winner/name").asText()).isEqualTo(alpha.name());
            assertThat(data.at("/winner/legalIdentifiers/0").asText()).isEqualTo(alpha.identifier());
            assertThat(data.at("/lot/lotId").asText()).isEqualTo(lot1);
            assertThat(data.at("/lot/category").asText()).isEqualTo("ACCOMMODATION");
            assertThat(data.at("/lot/areas/0").asText()).isEqualTo("E23000035");
            assertThat(data.at("/value/amount").decimalValue()).isEqualByComparingTo("200000.00");
            assertThat(data.at("/value/currency").asText()).isEqualTo("GBP");
            assertThat(data.at("/fundingMechanism").asText()).isEqualTo("GRANT");
            assertThat(data.at("/contractStart").asText()).isEqualTo(draftedOn.plusMonths(6).toString());
            assertThat(data.at("/contractEnd").asText()).isEqualTo(draftedOn.plusMonths(30).toString());
            assertThat(java.time.Instant.parse(data.at("/awardedAt").asText())).isBetween(
                    TestClock.now().minusSeconds(60), TestClock.now());
            assertThat(data.at("/supplyChainPartners/0/organisationId").asText()).isEqualTo(partner.id());
            assertThat(data.at("/supplyChainPartners/0/name").asText()).isEqualTo(partner.name());
            assertThat(data.at("/supplyChainPartners/0/share").decimalValue()).isEqualByComparingTo("25");
            assertThat(data.at("/commissioningBodies")).hasSize(2);
            assertThat(data.at("/commissioningBodies/1/code").asText()).isEqualTo(pcc);
            assertThat(data.at("/commissioningBodies/1/budget/amount").decimalValue()).isEqualByComparingTo("250000.00");
            assertThat(data.at("/ocid").asText()).startsWith("ocds-dfprob-");
        }
    }

    private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    @Test
    void aCompetitionLeftClosedWhenItsEvaluationFailedToStartIsMovedOnByTheNextRun() {
        String owner = Fixtures.body("KSS-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var c = Fixtures.competition(owner).lot("EMOTIONAL_WELLBEING", "70000.00", "E23000030").published();
        TestClock.advance(Duration.ofDays(15));
        // a run closed it, then failed before starting its evaluation
        competitions.closeAtDeadline(UUID.fromString(c.id()));
        assertThat(c.status()).isEqualTo("CLOSED");

        assertThat(deadlines.run().closed()).contains(UUID.fromString(c.id()));
        assertThat(c.status()).isEqualTo("EVALUATION");
    }

    @Test
    void aLotWithNoAcceptableBidEndsWithNoAwardAndTheReasonAndTheNotAwardedEventIsPublished() throws Exception {
        String owner = Fixtures.body("YH-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider only = Fixtures.provider("Only").offering("YOUNG_ADULTS", "E23000010").create();
        var c = Fixtures.competition(owner).lot("YOUNG_ADULTS", "90000.00", "E23000010").published();
        String bid = Fixtures.submit(c.id(), only, Fixtures.bid(c.lot(1), "80000.00"));
        TestClock.advance(Duration.ofDays(15));
        deadlines.run();
        String path = "/v1/competitions/" + c.id() + "/lots/" + c.lot(1) + "/bids/" + bid;
        c.declareNoConflicts(evaluator(owner));
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                .body(Map.of("scores", Map.of("Q1", 10, "SV", 10), "passFail", Map.of("SAFEGUARDING", false), "rationale", "r"))
                .put(path + "/moderation").then().statusCode(422).body("detail", containsString("at least 2"));
        for (String evaluatorBody : List.of(owner, owner)) {
            given().contentType(ContentType.JSON).header("Authorization", evaluator(evaluatorBody))
                    .body(Map.of("scores", Map.of("Q1", 10), "passFail", Map.of("SAFEGUARDING", false)))
                    .put(path + "/scores/mine").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("scores.SV"));
        }
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                .body(Map.of("lots", List.of(Map.of("lotId", c.lot(1)))))
                .post("/v1/competitions/" + c.id() + "/award-decision").then().statusCode(400);
        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC)) {
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .body(Map.of("lots", List.of(Map.of("lotId", c.lot(1), "noAwardReason", "The only bid failed safeguarding"))))
                    .post("/v1/competitions/" + c.id() + "/award-decision").then().statusCode(200)
                    .body("status", equalTo("NO_AWARD"))
                    .body("lotsNotAwarded[0].outcome", equalTo("NO_AWARD"))
                    .body("lotsNotAwarded[0].reason", equalTo("The only bid failed safeguarding"));
            int version = given().header("Authorization", commissioner(owner)).get("/v1/competitions/" + c.id())
                    .then().extract().path("version");
            var record = topic.awaitOne(r -> r.key().equals(c.id())
                    && r.value().contains("\"" + CompetitionEvents.NOT_AWARDED + "\""), Duration.ofSeconds(20));
            JsonNode data = mapper.readTree(record.value()).get("data");
            assertThat(data.at("/competitionId").asText()).isEqualTo(c.id());
            assertThat(data.at("/status").asText()).isEqualTo("NO_AWARD");
            assertThat(data.at("/reason").asText()).isEqualTo("No lot awarded");
            assertThat(data.at("/version").asLong()).isEqualTo(version);
            assertThat(java.time.Instant.parse(data.at("/endedAt").asText())).isBetween(
                    TestClock.now().minusSeconds(60), TestClock.now());
        }
        given().get("/v1/competitions/" + c.id() + "/awards").then().statusCode(200).body("awards", hasSize(0));
        given().header("Authorization", only.token()).get("/v1/competitions/" + c.id() + "/bid-feedback/" + bid)
                .then().statusCode(200).body("lots[0].outcome", equalTo("NO_AWARD"));
    }
}
