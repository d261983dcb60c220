package uk.gov.dynamicframework.competition.provider;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestEvents;
import uk.gov.dynamicframework.devtools.TestTokens;

@QuarkusTest
class ProviderViewTest {

    private static final String TOPIC = "df.organisations.v1";
    private static final String ADMIN = TestTokens.bearer("framework-admin");

    @Inject
    EntityManager em;

    private static String snapshot(String id, String name, String status, long version) {
        return """
                {"organisationId":"%s","name":"%s","legalIdentifiers":["GB-CHC-1234567"],"sector":"VOLUNTARY_AND_COMMUNITY",
                 "incomeBand":"UNDER_100K","frameworkStatus":"%s","version":%d}""".formatted(id, name, status, version);
    }

    @Test
    void aRedeliveredEventTakesEffectOnceAndAnOlderVersionNeverOverwritesANewerOne() {
        String org = UUID.randomUUID().toString();
        List<String> ids = List.of(TestEvents.newId(), TestEvents.newId(), TestEvents.newId());
        String registered = TestEvents.cloudEvent(ids.get(0), "df.organisation.registered", org,
                snapshot(org, "Original", "NOT_APPLIED", 0));
        TestEvents.send(TOPIC, org, registered);
        TestEvents.send(TOPIC, org, registered);
        TestEvents.send(TOPIC, org, TestEvents.cloudEvent(ids.get(1), "df.provider.qualified", org,
                snapshot(org, "Renamed", "QUALIFIED", 2)));
        TestEvents.send(TOPIC, org, TestEvents.cloudEvent(ids.get(2), "df.organisation.updated", org,
                snapshot(org, "Stale", "APPLIED", 1)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(processed(ids)).isEqualTo(3));
        given().header("Authorization", ADMIN).get("/v1/bidders/" + org)
                .then().statusCode(200).body("name", equalTo("Renamed")).body("frameworkStatus", equalTo("QUALIFIED"));
    }

    @Test
    void aPoisonEventIsParkedForOperatorsAndDoesNotBlockLaterEvents() {
        String org = UUID.randomUUID().toString();
        String badEventId = TestEvents.newId();
        TestEvents.send(TOPIC, org, "this is not JSON");
        TestEvents.send(TOPIC, org, TestEvents.cloudEvent(badEventId, "df.organisation.registered", org, "{\"name\": 42}"));
        TestEvents.send(TOPIC, org, TestEvents.cloudEvent(TestEvents.newId(), "df.organisation.registered", org,
                snapshot(org, "After the poison", "NOT_APPLIED", 0)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", ADMIN)
                .get("/v1/bidders/" + org).then().statusCode(200).body("name", equalTo("After the poison")));
        given().header("Authorization", ADMIN).get("/ops/events")
                .then().statusCode(200)
                .body("parkedInbox.eventId", hasItem(badEventId))
                .body("parkedInbox.consumer", hasItem("competition-provider-view"));
        given().header("Authorization", TestTokens.provider(org)).get("/ops/events").then().statusCode(403);

        int parkedId = given().header("Authorization", ADMIN).get("/ops/events").then().extract()
                .path("parkedInbox.find { it.eventId == '" + badEventId + "' }.id");
        given().header("Authorization", ADMIN).post("/ops/events/inbox/" + parkedId + "/replay")
                .then().statusCode(200).body(equalTo("\"PARKED\""));
        given().header("Authorization", ADMIN).get("/ops/events").then().statusCode(200)
                .body("parkedInbox.id", not(hasItem(parkedId)))
                .body("parkedInbox.eventId", hasItem(badEventId));
    }

    private long processed(List<String> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where event_id in (:ids)").setParameter("ids", eventIds)
                .getSingleResult()).longValue());
    }
}
