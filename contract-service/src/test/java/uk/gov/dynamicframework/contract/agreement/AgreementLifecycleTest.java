package uk.gov.dynamicframework.contract.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.dynamicframework.contract.support.Fixtures.ADMIN;
import static uk.gov.dynamicframework.contract.support.Fixtures.amount;
import static uk.gov.dynamicframework.contract.support.Fixtures.money;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TopicRecorder;

@QuarkusTest
class AgreementLifecycleTest {

    @Test
    void anAgreementGoesLiveOnItsStartDateAndExpiresAfterItsEndDateByTheClock() {
        LocalDate start = TestClock.today().plusDays(10);
        LocalDate end = start.plusMonths(6);
        Created a = Fixtures.agreement().running(start, end).record();

        assertThat(Fixtures.runLifecycle().activated()).doesNotContain(UUID.fromString(a.id()));
        a.read(ADMIN).then().body("status", equalTo("MOBILISING"));

        Fixtures.advanceTo(start);
        assertThat(Fixtures.runLifecycle().activated()).contains(UUID.fromString(a.id()));
        a.read(ADMIN).then().body("status", equalTo("LIVE")).body("lifecycle.activatedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(Fixtures.runLifecycle().activated()).as("moved once").doesNotContain(UUID.fromString(a.id()));

        Fixtures.advanceTo(end);
        assertThat(Fixtures.runLifecycle().expired()).as("still running on its end date").doesNotContain(UUID.fromString(a.id()));
        Fixtures.advanceTo(end.plusDays(1));
        assertThat(Fixtures.runLifecycle().expired()).contains(UUID.fromString(a.id()));
        a.read(ADMIN).then().body("status", equalTo("EXPIRED")).body("lifecycle.endReason", equalTo("Reached its end date " + end));
    }

    @Test
    void afterDowntimeOneRunCatchesUpFromMobilisingThroughLiveToExpired() {
        // recorded from the 2021 round: started and ended while the service was not running
        Created a = Fixtures.agreement().running(TestClock.today().minusYears(4), TestClock.today().minusDays(3)).record();
        LifecycleJob.Run run = Fixtures.runLifecycle();
        assertThat(run.activated()).contains(UUID.fromString(a.id()));
        assertThat(run.expired()).contains(UUID.fromString(a.id()));
        given().header("Authorization", ADMIN).get(a.path() + "/history").then().statusCode(200)
                .body("items.kind", contains("CREATED", "ACTIVATED", "EXPIRED"));
    }

    @Test
    void everyChangeNeedsTheCurrentETagAndTheHistoryRecordsWhoWhyAndFromWhen() {
        Created a = Fixtures.live();
        String owner = a.ownerToken();
        Map<String, Object> suspension = Map.of("rationale", "Safeguarding review", "effectiveDate", TestClock.today().toString());

        as(owner).body(suspension).post(a.path() + "/suspension").then().statusCode(428).contentType("application/problem+json");
        as(owner).header("If-Match", "\"999\"").body(suspension).post(a.path() + "/suspension").then().statusCode(412);
        String etag = a.etag();
        String suspended = as(owner).header("If-Match", etag).body(suspension).post(a.path() + "/suspension").then().statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("lifecycle.suspensionReason", equalTo("Safeguarding review"))
                .extract().header("ETag");
        assertThat(suspended).isNotEqualTo(etag).isEqualTo(a.etag());
        as(owner).header("If-Match", etag).body(suspension).post(a.path() + "/reinstatement").then().statusCode(412);
        as(owner).header("If-Match", suspended).body(Map.of("rationale", "Review closed")).post(a.path() + "/reinstatement")
                .then().statusCode(200).body("status", equalTo("LIVE"));

        LocalDate newEnd = TestClock.today().plusYears(4);
        as(owner).header("If-Match", a.etag()).body(Map.of("rationale", "PCC co-funds two more areas", "effectiveDate",
                TestClock.today().plusDays(7).toString(), "value", money("150000.00"), "areas", java.util.List.of("E23000007", "E23000008")))
                .post(a.path() + "/variations").then().statusCode(200).body("value.amount", amount("150000.00"))
                .body("areas", contains("E23000007", "E23000008"));
        as(owner).header("If-Match", a.etag()).body(Map.of("rationale", "Re-commissioning delayed", "effectiveDate",
                TestClock.today().toString(), "newEndDate", newEnd.toString(), "additionalValue", money("50000.00")))
                .post(a.path() + "/extensions").then().statusCode(200).body("endDate", equalTo(newEnd.toString()))
                .body("value.amount", amount("200000.00"));

        var history = given().header("Authorization", owner).get(a.path() + "/history").then().statusCode(200)
                .body("items.kind", contains("CREATED", "ACTIVATED", "SUSPENDED", "REINSTATED", "VARIED", "EXTENDED"))
                .body("total", equalTo(6));
        history.body("items[4].rationale", equalTo("PCC co-funds two more areas"))
                .body("items[4].effectiveDate", equalTo(TestClock.today().plusDays(7).toString()))
                .body("items[4].decidedBy", equalTo("commissioner@" + a.owner()))
                .body("items[4].termsBefore.value.amount", amount("100000.00"))
                .body("items[4].termsAfter.value.amount", amount("150000.00"))
                .body("items[5].termsBefore.endDate", equalTo(TestClock.today().plusYears(3).toString()))
                .body("items[5].termsAfter.endDate", equalTo(newEnd.toString()));
        given().header("Authorization", owner).queryParam("size", 2).queryParam("page", 2).get(a.path() + "/history")
                .then().body("items.kind", contains("VARIED", "EXTENDED"));
    }

    @Test
    void aVariationsEventCarriesTheDateItAppliesFromSoConsumersSplitTheirPeriodsThere() {
        Created a = Fixtures.live();
        LocalDate from = TestClock.today().plusDays(14);
        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), AgreementEvents.TOPIC)) {
            as(a.ownerToken()).header("If-Match", a.etag()).body(Map.of("rationale", "PCC co-funds more places",
                    "effectiveDate", from.toString(), "value", money("180000.00"))).post(a.path() + "/variations")
                    .then().statusCode(200);
            String varied = topic.awaitOne(r -> r.key().equals(a.id()) && r.value().contains("\"" + AgreementEvents.VARIED + "\""),
                    Duration.ofSeconds(20)).value();
            assertThat(varied).contains("\"effectiveDate\":\"" + from + "\"");
            String created = topic.awaitOne(r -> r.key().equals(a.id()) && r.value().contains("\"" + AgreementEvents.CREATED + "\""),
                    Duration.ofSeconds(20)).value();
            assertThat(created).as("not a decided change").doesNotContain("effectiveDate");
        }
    }

    @Test
    void termsAreRefusedWhenTheEndIsBeforeTheStartOrAVariationWouldDoSo() {
        var request = Fixtures.agreement().running(TestClock.today().plusDays(10), TestClock.today()).request();
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(request).post("/v1/agreements")
                .then().statusCode(400).body("errors.field", hasItem("endDate"));
        request.put("value", Map.of("amount", -5, "currency", "GBP"));
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(request).post("/v1/agreements")
                .then().statusCode(400);

        Created a = Fixtures.live();
        as(a.ownerToken()).header("If-Match", a.etag()).body(Map.of("rationale", "x", "effectiveDate", TestClock.today().toString(),
                "endDate", TestClock.today().minusDays(1).toString())).post(a.path() + "/variations")
                .then().statusCode(400).body("errors.field", hasItem("endDate"));
        as(a.ownerToken()).header("If-Match", a.etag()).body(Map.of("rationale", "x", "effectiveDate", TestClock.today().toString(),
                "newEndDate", TestClock.today().toString())).post(a.path() + "/extensions").then().statusCode(400);
    }

    @Test
    void aVariationBelowWhatCallOffsCommitIsRefusedWithTheFigures() {
        Created a = Fixtures.live();
        String item = Fixtures.rateCard(a, "100.00");
        as(Fixtures.commissioner("PCC-X")).body(Fixtures.order(item, 600)).post(a.path() + "/call-off-orders").then().statusCode(201);

        as(a.ownerToken()).header("If-Match", a.etag()).body(Map.of("rationale", "Budget cut", "effectiveDate",
                TestClock.today().toString(), "value", money("50000.00"))).post(a.path() + "/variations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("committedSpend.amount", amount("60000.00")).body("requestedValue.amount", amount("50000.00"));
        a.read(ADMIN).then().body("value.amount", amount("100000.00"));
        as(a.ownerToken()).header("If-Match", a.etag()).body(Map.of("rationale", "Budget cut", "effectiveDate",
                TestClock.today().toString(), "value", money("60000.00"))).post(a.path() + "/variations")
                .then().statusCode(200).body("headroom.amount", amount("0.00"));
    }

    @Test
    void aGrantHasItsOwnTermsAndAContractHasNone() {
        Created grant = Fixtures.agreement().grant().record();
        Map<String, Object> terms = Map.of("paymentSchedule", "IN_ADVANCE", "conditions", java.util.List.of("Open to all women"),
                "reportingRequirements", java.util.List.of("Quarterly return", "Annual report"));
        as(grant.ownerToken()).header("If-Match", grant.etag()).body(terms).put(grant.path() + "/grant-terms").then().statusCode(200)
                .body("grantTerms.paymentSchedule", equalTo("IN_ADVANCE"))
                .body("grantTerms.reportingRequirements", contains("Quarterly return", "Annual report"));
        Created contract = Fixtures.agreement().record();
        as(contract.ownerToken()).header("If-Match", contract.etag()).body(terms).put(contract.path() + "/grant-terms")
                .then().statusCode(422);
    }

    @Test
    void thePublicNeverSeesContactsOrWhatTheCommissionersMarkConfidential() {
        Created a = Fixtures.agreement().confidential("VALUE", "SUPPLY_CHAIN_SHARES").record();
        given().get(a.path()).then().statusCode(200).body("visibility", equalTo("PUBLIC"))
                .body("value", org.hamcrest.Matchers.nullValue()).body("contacts", org.hamcrest.Matchers.nullValue())
                .body("proposedSupplyChain[0].sharePercent", org.hamcrest.Matchers.nullValue())
                .body("commissioningBodies[0].share", org.hamcrest.Matchers.nullValue());
        a.read(a.leadToken()).then().body("visibility", equalTo("FULL")).body("value.amount", amount("100000.00"))
                .body("contacts[0].email", equalTo("cm@example.gov.uk"));

        Created hidden = Fixtures.agreement().unpublished().record();
        given().get(hidden.path()).then().statusCode(404);
        hidden.read(Fixtures.commissioner("OTHER")).then().statusCode(404);
        hidden.read(hidden.ownerToken()).then().statusCode(200);
        as(hidden.ownerToken()).header("If-Match", hidden.etag()).body(Map.of("published", true, "confidentialFields", java.util.List.of()))
                .put(hidden.path() + "/disclosure").then().statusCode(200).body("published", equalTo(true));
        given().get(hidden.path()).then().statusCode(200);
    }

    @Test
    void aRetriedRecordingWithTheSameIdempotencyKeyGetsTheFirstAgreementAgain() {
        var request = Fixtures.agreement().request();
        String key = UUID.randomUUID().toString();
        String first = as(ADMIN).header("Idempotency-Key", key).body(request).post("/v1/agreements").then().statusCode(201)
                .extract().path("id");
        as(ADMIN).header("Idempotency-Key", key).body(request).post("/v1/agreements").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        request.put("title", "Another agreement");
        as(ADMIN).header("Idempotency-Key", key).body(request).post("/v1/agreements").then().statusCode(422);
    }

    private static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", token);
    }
}
