package uk.gov.dynamicframework.competition.opportunity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.devtools.TopicRecorder;

@QuarkusTest
class OpportunityTest {

    @Inject
    EntityManager em;

    @Test
    void publishingAnOpportunityPublishesAnEventForEachMatchingSubscriptionOnly() {
        String body = Fixtures.body("LN-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String londonProvider = java.util.UUID.randomUUID().toString();
        String womenProvider = java.util.UUID.randomUUID().toString();
        String northProvider = java.util.UUID.randomUUID().toString();
        String matching = subscribe(londonProvider, List.of("RESTORATIVE_JUSTICE"), List.of("E23000034", "E23000002"));
        subscribe(womenProvider, List.of("WOMEN"), List.of("E23000034"));
        subscribe(northProvider, List.of("RESTORATIVE_JUSTICE"), List.of("E23000002"));

        String id = given().contentType(ContentType.JSON).header("Authorization", commissioner(body))
                .body(Map.of("title", "Restorative justice in London", "category", "RESTORATIVE_JUSTICE", "regionCode", "LN",
                        "indicativeValue", Fixtures.money("80000.00"), "expectedAward", "2027-06-01"))
                .post("/v1/opportunities").then().statusCode(201)
                .body("reference", matchesPattern("DF-OPP-\\d{4}-\\d{5}"))
                .body("fundingMechanism", equalTo("GRANT"))
                .body("status", equalTo("DRAFT")).extract().path("id");
        given().get("/v1/opportunities/" + id).then().statusCode(404);

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), OpportunityEvents.TOPIC)) {
            given().header("Authorization", commissioner(body)).contentType(ContentType.JSON)
                    .post("/v1/opportunities/" + id + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"));
            topic.awaitOne(r -> r.key().equals(id) && r.value().contains("\"" + OpportunityEvents.PUBLISHED + "\""), Duration.ofSeconds(20));
            var matched = topic.awaitOne(r -> r.key().equals(id) && r.value().contains("\"" + OpportunityEvents.SUBSCRIPTION_MATCHED + "\""),
                    Duration.ofSeconds(20));
            assertThat(matched.value()).contains(matching).contains(londonProvider).contains("E23000034");
        }
        List<?> matchedSubscriptions = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_type from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, id).setParameter(2, OpportunityEvents.SUBSCRIPTION_MATCHED).getResultList());
        assertThat(matchedSubscriptions).hasSize(1);
        given().get("/v1/opportunities?category=RESTORATIVE_JUSTICE&area=E23000034").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().get("/v1/opportunities?category=WOMEN").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", TestTokens.provider(londonProvider)).get("/v1/opportunity-subscriptions")
                .then().statusCode(200).body("items.id", equalTo(List.of(matching)));
    }

    private static String subscribe(String org, List<String> categories, List<String> areas) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(org))
                .body(Map.of("categories", categories, "areas", areas))
                .post("/v1/opportunity-subscriptions").then().statusCode(201).extract().path("id");
    }
}
