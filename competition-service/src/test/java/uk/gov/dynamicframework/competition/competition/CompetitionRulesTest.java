package uk.gov.dynamicframework.competition.competition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.platform.paging.PageOf;

@QuarkusTest
class CompetitionRulesTest {

    @Test
    void evaluationWeightsMustTotalOneHundred() {
        String owner = Fixtures.body("EM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var request = Fixtures.competition(owner).lot("SOCIAL_INCLUSION", "50000.00", "E23000018")
                .criteria(List.of(Map.of("code", "Q1", "kind", "QUALITY", "weight", 60, "question", "How?"),
                        Map.of("code", "P", "kind", "PRICE", "weight", 30)))
                .request();
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(request)
                .post("/v1/competitions").then().statusCode(400)
                .body("errors.field", hasItem("criteria"))
                .body("errors.message", hasItem("weights must total 100, not 90"));
        var twoPrices = Fixtures.competition(owner).lot("SOCIAL_INCLUSION", "50000.00", "E23000018")
                .criteria(List.of(Map.of("code", "P1", "kind", "PRICE", "weight", 50),
                        Map.of("code", "P2", "kind", "PRICE", "weight", 50)))
                .request();
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(twoPrices)
                .post("/v1/competitions").then().statusCode(400)
                .body("errors.message", hasItem("may have at most one PRICE criterion"));
    }

    @Test
    void aLotWithFewerThanThreeEligibleProvidersIsPublishedOnlyWithAnExplicitOverride() {
        String owner = Fixtures.body("WA-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Fixtures.provider("Powys One").offering("DEPENDENCY_RECOVERY", "W15000004").create();
        Fixtures.provider("Powys Two").offering("DEPENDENCY_RECOVERY", "W15000004", "W15000003").create();
        Fixtures.provider("Suspended Powys").status("SUSPENDED").offering("DEPENDENCY_RECOVERY", "W15000004").create();
        var c = Fixtures.competition(owner).lot("DEPENDENCY_RECOVERY", "90000.00", "W15000004").create();
        String publish = "/v1/competitions/" + c.id() + "/publication";
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(Map.of())
                .post(publish).then().statusCode(422)
                .body("type", containsString("too-few-eligible-providers"))
                .body("detail", containsString("lot 1 has 2 eligible provider(s)"))
                .body("lots[0].eligibleProviders", equalTo(2));
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                .body(Map.of("overrideLowEligibility", true)).post(publish).then().statusCode(400);
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                .body(Map.of("overrideLowEligibility", true, "overrideReason", "Specialist service in a rural area"))
                .post(publish).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("eligibilityOverride", equalTo("Specialist service in a rural area"))
                .body("lots[0].eligibleAtPublish", equalTo(2));
    }

    @Test
    void requirementsMustBeProportionateAndLotsWithinTheBudget() {
        String owner = Fixtures.body("EM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var request = Fixtures.competition(owner).lot("SOCIAL_INCLUSION", "50000.00", "E23000018").request();
        @SuppressWarnings("unchecked")
        var lot = (Map<String, Object>) ((List<Map<String, Object>>) request.get("lots")).get(0);
        lot.put("minimumIncome", Fixtures.money("200000.00"));
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(request)
                .post("/v1/competitions").then().statusCode(422)
                .body("errors.field", hasItem("lots[0].minimumIncome"))
                .body("errors.message", hasItem("a lot under £100,000 may not ask a minimum income"));
        var overBudget = Fixtures.competition(owner).ownerBudget("100000.00")
                .lot("SOCIAL_INCLUSION", "150000.00", "E23000018").request();
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(overBudget)
                .post("/v1/competitions").then().statusCode(422)
                .body("type", containsString("budget-exceeded"));
    }

    @Test
    void budgetsAndLotValuesMustBeMoreThanZero() {
        String owner = Fixtures.body("EM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String co = Fixtures.body("PCC-EM", "POLICE_AND_CRIME_COMMISSIONER");
        var zero = Fixtures.competition(owner).ownerBudget("0.00").coCommissioner(co, "0.00")
                .lot("SOCIAL_INCLUSION", "0.00", "E23000018").request();
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(zero)
                .post("/v1/competitions").then().statusCode(400)
                .body("errors.field", hasItems("ownerBudget.amount", "coCommissioners[0].budget.amount", "lots[0].maxValue.amount"))
                .body("errors", hasSize(3))
                .body("errors.message", everyItem(equalTo("must be more than 0")));
        var zeroLot = Fixtures.competition(owner).lot("SOCIAL_INCLUSION", "50000.00", "E23000018")
                .lot("SOCIAL_INCLUSION", "0.00", "E23000019").request();
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(zeroLot)
                .post("/v1/competitions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("lots[1].maxValue.amount")));
    }

    @Test
    void aPageBeyondTheLastPossibleOrAnUnknownStatusIsABadRequest() {
        for (String list : List.of("/v1/competitions", "/v1/opportunities", "/v1/commissioning-bodies")) {
            given().queryParam("page", 21474837).queryParam("size", 100).get(list).then().statusCode(400)
                    .body("errors.field", hasItem("page"));
            given().queryParam("page", PageOf.MAX_PAGE).queryParam("size", 100).get(list).then().statusCode(200);
        }
        given().queryParam("status", "NOPE").get("/v1/competitions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")))
                .body("errors.message[0]", allOf(containsString("PUBLISHED"), containsString("NO_AWARD")));
        String owner = Fixtures.body("EM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var published = Fixtures.competition(owner).lot("SOCIAL_INCLUSION", "50000.00", "E23000018").published();
        given().queryParam("status", "PUBLISHED").queryParam("size", 100).get("/v1/competitions").then().statusCode(200)
                .body("items.id", hasItem(published.id()))
                .body("items.status", everyItem(equalTo("PUBLISHED")));
    }

    @Test
    void aDraftIsChangedByAnyCoCommissionerWithIfMatchAndSeenByNobodyElse() {
        String owner = Fixtures.body("EM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String co = Fixtures.body("PCC-EM", "POLICE_AND_CRIME_COMMISSIONER");
        String outsider = Fixtures.body("OTHER", "OTHER_AUTHORITY");
        var builder = Fixtures.competition(owner).coCommissioner(co, "50000.00").lot("SOCIAL_INCLUSION", "50000.00", "E23000018");
        var c = builder.create();
        String path = "/v1/competitions/" + c.id();
        // created (version 0), then the co-commissioner accepted its invitation (1)
        String etag = given().header("Authorization", commissioner(co)).get(path).then().statusCode(200)
                .header("ETag", "\"1\"").extract().header("ETag");
        var changed = builder.request();
        changed.put("title", "Renamed by the co-commissioner");
        given().contentType(ContentType.JSON).header("Authorization", commissioner(co)).body(changed).put(path)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("Authorization", commissioner(co)).header("If-Match", etag)
                .body(changed).put(path).then().statusCode(200).body("title", equalTo("Renamed by the co-commissioner"))
                .header("ETag", "\"2\"").body("version", equalTo(2))
                .body("commissioningBodies[1].invitation", equalTo("ACCEPTED")); // same body, same budget: still accepted
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).header("If-Match", etag)
                .body(changed).put(path).then().statusCode(412).body("currentETag", equalTo("\"2\""));
        given().contentType(ContentType.JSON).header("Authorization", commissioner(outsider)).header("If-Match", etag)
                .body(changed).put(path).then().statusCode(403);
        given().header("Authorization", commissioner(outsider)).get(path).then().statusCode(404);
        given().get(path).then().statusCode(404);
    }

    @Test
    void aCancelledCompetitionPublishesItsReasonAndTakesNoMoreBids() {
        String owner = Fixtures.body("EM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var provider = Fixtures.provider("Too late").offering("SOCIAL_INCLUSION", "E23000019").create();
        try (var topic = new uk.gov.dynamicframework.devtools.TopicRecorder(
                uk.gov.dynamicframework.devtools.ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC)) {
            var c = Fixtures.competition(owner).lot("SOCIAL_INCLUSION", "50000.00", "E23000019").published();
            topic.awaitOne(r -> r.key().equals(c.id()) && r.value().contains("\"" + CompetitionEvents.PUBLISHED + "\"")
                    && r.value().contains(provider.id()), java.time.Duration.ofSeconds(20));
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .body(Map.of("reason", "Funding withdrawn")).post("/v1/competitions/" + c.id() + "/cancellation")
                    .then().statusCode(200).body("status", equalTo("CANCELLED")).body("endReason", equalTo("Funding withdrawn"));
            topic.awaitOne(r -> r.key().equals(c.id()) && r.value().contains("\"" + CompetitionEvents.CANCELLED + "\"")
                    && r.value().contains("Funding withdrawn"), java.time.Duration.ofSeconds(20));
            given().contentType(ContentType.JSON).header("Authorization", provider.token())
                    .body(Fixtures.bid(c.lot(1), "40000.00")).post("/v1/competitions/" + c.id() + "/bids")
                    .then().statusCode(409);
        }
    }
}
