package uk.gov.dynamicframework.competition.bid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;
import static uk.gov.dynamicframework.competition.support.Fixtures.evaluator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.competition.competition.DeadlineJob;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TestTokens;

@QuarkusTest
class SealedBidTest {

    private static final String CATEGORY = "FINANCE_BENEFITS_DEBT";
    private static final String AREA = "E23000014";

    @Inject
    DeadlineJob deadlines;

    @Test
    void nobodyReadsBidContentsBeforeTheDeadlineAndOnlyTheCompetitionsEvaluatorsAfterIt() {
        String owner = Fixtures.body("WM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String co = Fixtures.body("PCC-WM", "POLICE_AND_CRIME_COMMISSIONER");
        String outsider = Fixtures.body("OTHER", "OTHER_AUTHORITY");
        Provider bidder = Fixtures.provider("Sealed").offering(CATEGORY, AREA).create();
        Provider rival = Fixtures.provider("Rival").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).coCommissioner(co, "100000.00").lot(CATEGORY, "200000.00", AREA).published();
        String bidId = Fixtures.submit(c.id(), bidder, Fixtures.bid(c.lot(1), "150000.00"));
        String bidPath = "/v1/competitions/" + c.id() + "/bids/" + bidId;
        String listPath = "/v1/competitions/" + c.id() + "/bids";

        Map<String, Integer> before = new LinkedHashMap<>();
        before.put(null, 401);
        before.put(commissioner(owner), 403);
        before.put(commissioner(co), 403);
        before.put(commissioner(outsider), 403);
        before.put(evaluator(owner), 403);
        before.put(evaluator(co), 403);
        before.put(Fixtures.ADMIN, 403);
        before.put(Fixtures.AUDITOR, 403);
        before.put(rival.token(), 404);
        before.forEach((token, status) -> {
            var request = token == null ? given() : given().header("Authorization", token);
            assertThat(request.get(bidPath).then().statusCode(status).extract().asString()).doesNotContain("150000");
        });
        given().header("Authorization", commissioner(owner)).get(listPath).then().statusCode(403)
                .body("detail", containsString("sealed until"));
        given().header("Authorization", rival.token()).get(listPath).then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", bidder.token()).get(bidPath).then().statusCode(200)
                .body("lots[0].price.amount", Fixtures.amount("150000.00"));

        TestClock.advance(Duration.ofDays(15));
        deadlines.run();
        c.declareNoConflicts(evaluator(owner));
        c.declareNoConflicts(evaluator(co));
        for (String reader : new String[] { commissioner(owner), commissioner(co), evaluator(owner), evaluator(co) }) {
            given().header("Authorization", reader).get(bidPath).then().statusCode(200)
                    .body("answers.Q1", notNullValue());
        }
        given().header("Authorization", commissioner(co)).get(listPath).then().statusCode(200).body("items", hasSize(1));
        for (String outsiderToken : new String[] { commissioner(outsider), evaluator(outsider), Fixtures.ADMIN, Fixtures.AUDITOR }) {
            given().header("Authorization", outsiderToken).get(bidPath).then().statusCode(403);
        }
        given().header("Authorization", rival.token()).get(bidPath).then().statusCode(404);
        given().header("Authorization", bidder.token()).get(bidPath).then().statusCode(200);
    }

    @Test
    void aBidRetriedWithTheSameIdempotencyKeyGetsItsFirstReceiptAgain() {
        String owner = Fixtures.body("EM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider bidder = Fixtures.provider("Retries").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "200000.00", AREA).published();
        String key = java.util.UUID.randomUUID().toString();
        String bidId = given().contentType(ContentType.JSON).header("Authorization", bidder.token())
                .header("Idempotency-Key", key).body(Fixtures.bid(c.lot(1), "150000.00"))
                .post("/v1/competitions/" + c.id() + "/bids").then().statusCode(201).extract().path("bidId");
        given().contentType(ContentType.JSON).header("Authorization", bidder.token())
                .header("Idempotency-Key", key).body(Fixtures.bid(c.lot(1), "150000.00"))
                .post("/v1/competitions/" + c.id() + "/bids").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("bidId", equalTo(bidId));
    }

    @Test
    void bidsAreReceiptedAndMayBeWithdrawnAndResubmittedUntilTheDeadline() {
        String owner = Fixtures.body("WM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider bidder = Fixtures.provider("Resubmits").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "200000.00", AREA).published();
        var topic = new uk.gov.dynamicframework.devtools.TopicRecorder(
                uk.gov.dynamicframework.devtools.ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC);
        var receipt = given().contentType(ContentType.JSON).header("Authorization", bidder.token())
                .body(Fixtures.bid(c.lot(1), "150000.00")).post("/v1/competitions/" + c.id() + "/bids")
                .then().statusCode(201)
                .body("action", equalTo("SUBMITTED"))
                .body("receivedAt", notNullValue())
                .body("contentHash", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("body", nullValue())
                .extract();
        String bidId = receipt.path("bidId");
        String firstHash = receipt.path("contentHash");
        try (topic) {
            var received = topic.awaitOne(r -> r.key().equals(c.id()) && r.value().contains(CompetitionEvents.BID_RECEIVED),
                    Duration.ofSeconds(20)).value();
            assertThat(received).contains(bidId).contains(firstHash).doesNotContain("150000").doesNotContain("lived experience")
                    .as("who bids is not told before the award").doesNotContain(bidder.id()).doesNotContain("organisationId");
        }
        String bidPath = "/v1/competitions/" + c.id() + "/bids/" + bidId;

        given().contentType(ContentType.JSON).header("Authorization", bidder.token())
                .body(Fixtures.bid(c.lot(1), "150000.00")).post("/v1/competitions/" + c.id() + "/bids")
                .then().statusCode(409).body("bidId", equalTo(bidId));
        Map<String, Object> withdrawn = given().header("Authorization", bidder.token()).contentType(ContentType.JSON)
                .post(bidPath + "/withdrawal").then().statusCode(200).body("action", equalTo("WITHDRAWN"))
                .extract().jsonPath().getMap("$");
        var resubmitted = given().contentType(ContentType.JSON).header("Authorization", bidder.token())
                .body(Fixtures.bid(c.lot(1), "140000.00")).put(bidPath)
                .then().statusCode(200).body("action", equalTo("RESUBMITTED")).extract();
        String secondHash = resubmitted.path("contentHash");
        assertThat(secondHash).isNotEqualTo(firstHash);
        List<Map<String, Object>> kept = given().header("Authorization", bidder.token()).get(bidPath).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("receipts", hasSize(3)).body("contentHash", equalTo(secondHash))
                .extract().jsonPath().getList("receipts");
        assertThat(kept).as("each receipt answered is the one the service keeps, to its time of receipt")
                .isEqualTo(List.of(receipt.jsonPath().getMap("$"), withdrawn, resubmitted.jsonPath().getMap("$")));
    }

    @Test
    void lateBidIsRefusedWithTheServersReceiptTime() {
        String owner = Fixtures.body("WM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider late = Fixtures.provider("Late").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "200000.00", AREA).deadlineIn(Duration.ofDays(7)).published();
        TestClock.advance(Duration.ofDays(7).plusSeconds(1));
        Instant before = TestClock.now();
        String receivedAt = given().contentType(ContentType.JSON).header("Authorization", late.token())
                .body(Fixtures.bid(c.lot(1), "150000.00")).post("/v1/competitions/" + c.id() + "/bids")
                .then().statusCode(422)
                .body("type", containsString("late-bid"))
                .body("detail", containsString("after the submission deadline"))
                .body("submissionDeadline", notNullValue())
                .extract().path("receivedAt");
        assertThat(Instant.parse(receivedAt)).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void ineligibleProviderIsRefusedWithAClearReason() {
        String owner = Fixtures.body("WM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider elsewhere = Fixtures.provider("Elsewhere").offering(CATEGORY, "E23000015").create();
        Provider otherService = Fixtures.provider("Other service").offering("WOMEN", AREA).create();
        Provider notQualified = Fixtures.provider("Applied").status("APPLIED").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "200000.00", AREA).published();
        String bids = "/v1/competitions/" + c.id() + "/bids";
        given().contentType(ContentType.JSON).header("Authorization", elsewhere.token())
                .body(Fixtures.bid(c.lot(1), "150000.00")).post(bids).then().statusCode(422)
                .body("type", containsString("not-eligible"))
                .body("detail", allOf(containsString("lot 1"), containsString("not offered in " + AREA)));
        given().contentType(ContentType.JSON).header("Authorization", otherService.token())
                .body(Fixtures.bid(c.lot(1), "150000.00")).post(bids).then().statusCode(422)
                .body("detail", containsString("no published offer of " + CATEGORY));
        given().contentType(ContentType.JSON).header("Authorization", notQualified.token())
                .body(Fixtures.bid(c.lot(1), "150000.00")).post(bids).then().statusCode(422)
                .body("detail", containsString("not qualified on the framework: its status is APPLIED"));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(java.util.UUID.randomUUID().toString()))
                .body(Fixtures.bid(c.lot(1), "150000.00")).post(bids).then().statusCode(422)
                .body("detail", containsString("not known to the framework"));
    }

    @Test
    void providerSuspendedBetweenSubmissionAndDeadlineIsExcludedWithTheReasonRecorded() {
        String owner = Fixtures.body("WM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider suspended = Fixtures.provider("Suspended").offering(CATEGORY, AREA).create();
        Provider fine = Fixtures.provider("Fine").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "200000.00", AREA).published();
        String suspendedBid = Fixtures.submit(c.id(), suspended, Fixtures.bid(c.lot(1), "150000.00"));
        String fineBid = Fixtures.submit(c.id(), fine, Fixtures.bid(c.lot(1), "160000.00"));

        suspended.suspend("Safeguarding investigation opened");
        TestClock.advance(Duration.ofDays(15));
        deadlines.run();

        given().header("Authorization", commissioner(owner)).get("/v1/competitions/" + c.id() + "/bids/" + suspendedBid)
                .then().statusCode(200)
                .body("lots[0].excludedReason", allOf(containsString("Not eligible at the submission deadline"),
                        containsString("SUSPENDED"), containsString("Safeguarding investigation opened")));
        given().header("Authorization", commissioner(owner)).get("/v1/competitions/" + c.id() + "/bids/" + fineBid)
                .then().statusCode(200).body("lots[0].excludedReason", nullValue());
        given().contentType(ContentType.JSON).header("Authorization", evaluator(owner))
                .body(Map.of("scores", Map.of("Q1", 50, "SV", 50), "passFail", Map.of("SAFEGUARDING", true)))
                .put("/v1/competitions/" + c.id() + "/lots/" + c.lot(1) + "/bids/" + suspendedBid + "/scores/mine")
                .then().statusCode(422).body("detail", containsString("SUSPENDED"));
    }
}
