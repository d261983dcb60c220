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
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestEvents;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.platform.inbox.Inbox;
import uk.gov.dynamicframework.platform.inbox.Inbox.Outcome;

/**
 * The inbox as a consumer uses it, with records from a real broker: database trouble is waited out and the event
 * then applied exactly once (never parked); an event that keeps failing is parked without blocking the next, and
 * applied once when an operator replays it after the fix; a redelivery changes nothing. The consumer takes the
 * records of a poll together (batch mode); a bad event in a batch costs the others nothing.
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

    @Inject
    Inbox inbox;

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

    @Test
    void aBatchIsAppliedInOrderAndItsBadEventsAreParkedWithoutCostingTheOthersTheirEffect() {
        String subject = UUID.randomUUID().toString();
        String first = TestEvents.newId();
        String bad = TestEvents.newId();
        String second = TestEvents.newId();
        String third = TestEvents.newId();
        String unreadable = "{\"unreadable\": \"" + TestEvents.newId() + "\"}";
        consumer.failFor(bad);
        List<ConsumerRecord<String, String>> poll = List.of(record(subject, event(first, subject)),
                record(subject, event(bad, subject)), record(subject, event(second, subject)),
                record(subject, event(first, subject)), record(subject, unreadable), record(subject, event(third, subject)));

        List<Outcome> outcomes = inbox.receiveAll(consumer, poll);

        assertThat(outcomes).containsExactly(Outcome.APPLIED, Outcome.PARKED, Outcome.APPLIED, Outcome.DUPLICATE,
                Outcome.PARKED, Outcome.APPLIED);
        for (String applied : List.of(first, second, third)) {
            assertThat(tables().effects(applied)).as("applied once: " + applied).isEqualTo(1);
            assertThat(tables().count("select count(*) from inbox_event where event_id = ?", applied)).isEqualTo(1);
        }
        assertThat(tables().effects(bad)).isZero();
        assertThat(consumer.calls(bad)).as("attempts before parking, the one in the batch included").isEqualTo(2);
        assertThat(tables().count("select count(*) from parked_event where event_id = ? and attempts = 2", bad))
                .isEqualTo(1);
        assertThat(tables().count("select count(*) from parked_event where payload = ? and attempts = 1", unreadable))
                .isEqualTo(1);

        // the whole poll delivered again: nothing applied twice, nothing parked twice
        assertThat(inbox.receiveAll(consumer, List.of(record(subject, event(first, subject)),
                record(subject, event(third, subject))))).containsExactly(Outcome.DUPLICATE, Outcome.DUPLICATE);
        assertThat(tables().effects(first)).isEqualTo(1);
    }

    private static ConsumerRecord<String, String> record(String key, String value) {
        return new ConsumerRecord<>(TOPIC, 0, 0L, key, value);
    }
}
