package uk.gov.dynamicframework.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestEvents;
import uk.gov.dynamicframework.devtools.TestTokens;

/**
 * The inbox as a consumer uses it, with records from a real broker: database trouble is waited out and the event
 * then applied exactly once (never parked); an event that keeps failing is parked without blocking the next, and
 * applied once when an operator replays it after the fix; a redelivery changes nothing.
 */
@QuarkusTest
@TestProfile(EventsTestProfile.class)
@WithTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "df_platform_events_test"))
class InboxRetryAndReplayTest {

    private static final String ADMIN = TestTokens.bearer("framework-admin");
    private static final String TOPIC = EventsTestProfile.RECEIVED_TOPIC;

    @Inject
    TestConsumer consumer;

    @Inject
    DataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    private static String event(String id, String subject) {
        return TestEvents.cloudEvent(id, "df.test.happened", subject, "{\"n\":1}");
    }

    @Test
    void databaseTroubleIsRetriedForAsLongAsItLastsAndTheEventIsThenAppliedExactlyOnce() throws Exception {
        String id = TestEvents.newId();
        String subject = UUID.randomUUID().toString();
        consumer.waitOnLockFor(id);
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("select id from test_lock where id = 1 for update"); // the database is in trouble
            }
            TestEvents.send(TOPIC, subject, event(id, subject));
            // more failed attempts than df.events.inbox.max-attempts (2): a fault of the event would be parked by now
            await().atMost(Duration.ofSeconds(20)).until(() -> consumer.calls(id) >= 4);
            assertThat(tables().effects(id)).isZero();
            holder.commit(); // the trouble passes
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tables().effects(id)).isEqualTo(1));
        assertThat(tables().count("select count(*) from inbox_event where event_id = ? and consumer = ?", id,
                EventsTestProfile.CONSUMER)).isEqualTo(1);
        assertThat(tables().count("select count(*) from parked_event where event_id = ?", id))
                .as("database trouble is no fault of the event: never parked").isZero();

        // the same event delivered again: skipped, and the effect still there once
        String marker = TestEvents.newId();
        TestEvents.send(TOPIC, subject, event(id, subject));
        TestEvents.send(TOPIC, subject, event(marker, subject));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tables().effects(marker)).isEqualTo(1));
        assertThat(tables().effects(id)).as("a redelivered event takes no second effect").isEqualTo(1);
    }

    @Test
    void anEventThatKeepsFailingIsParkedWithoutBlockingTheNextAndAppliedOnceWhenReplayedAfterTheFix() {
        String bad = TestEvents.newId();
        String next = TestEvents.newId();
        String subject = UUID.randomUUID().toString();
        consumer.failFor(bad);
        TestEvents.send(TOPIC, subject, event(bad, subject));
        TestEvents.send(TOPIC, subject, event(next, subject)); // same key, same partition, after it

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tables().effects(next)).isEqualTo(1));
        assertThat(consumer.calls(bad)).as("attempts before parking (df.events.inbox.max-attempts)").isEqualTo(2);
        assertThat(tables().effects(bad)).isZero();
        assertThat(tables().count("select count(*) from inbox_event where event_id = ?", bad)).isZero();
        int parkedId = given().header("Authorization", ADMIN).get("/ops/events").then().statusCode(200)
                .body("parkedInbox.eventId", hasItem(bad))
                .body("parkedInbox.find { it.eventId == '" + bad + "' }.consumer", equalTo(EventsTestProfile.CONSUMER))
                .body("parkedInbox.find { it.eventId == '" + bad + "' }.attempts", equalTo(2))
                .body("parkedInbox.find { it.eventId == '" + bad + "' }.topic", equalTo(TOPIC))
                .extract().path("parkedInbox.find { it.eventId == '" + bad + "' }.id");
        given().header("Authorization", TestTokens.bearer("auditor")).post("/ops/events/inbox/" + parkedId + "/replay")
                .then().statusCode(403);

        consumer.stopFailingFor(bad); // the cause is fixed
        given().header("Authorization", ADMIN).post("/ops/events/inbox/" + parkedId + "/replay").then().statusCode(200)
                .body(equalTo("\"APPLIED\""));
        assertThat(tables().effects(bad)).isEqualTo(1);
        assertThat(tables().count("select count(*) from inbox_event where event_id = ?", bad)).isEqualTo(1);
        assertThat(tables().count("select count(*) from parked_event where id = ? and replayed_at is not null", parkedId))
                .isEqualTo(1);
        given().header("Authorization", ADMIN).get("/ops/events").then().statusCode(200)
                .body("parkedInbox.id", not(hasItem(parkedId)));

        // replayed once only, and a late redelivery from Kafka changes nothing
        given().header("Authorization", ADMIN).post("/ops/events/inbox/" + parkedId + "/replay").then().statusCode(404)
                .contentType("application/problem+json");
        String marker = TestEvents.newId();
        TestEvents.send(TOPIC, subject, event(bad, subject));
        TestEvents.send(TOPIC, subject, event(marker, subject));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tables().effects(marker)).isEqualTo(1));
        assertThat(tables().effects(bad)).isEqualTo(1);
    }

    @Test
    void anUnreadableRecordIsParkedAtOnce() {
        String subject = UUID.randomUUID().toString();
        String marker = TestEvents.newId();
        TestEvents.send(TOPIC, subject, "{\"not\": \"a cloud event\"}");
        TestEvents.send(TOPIC, subject, event(marker, subject));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tables().effects(marker)).isEqualTo(1));
        assertThat(tables().count("select count(*) from parked_event where payload = ? and attempts = 1 and event_id is null",
                "{\"not\": \"a cloud event\"}")).isEqualTo(1);
    }
}
