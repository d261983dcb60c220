package uk.gov.dynamicframework.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.devtools.TopicRecorder;
import uk.gov.dynamicframework.platform.outbox.Outbox;

/**
 * The outbox against a real broker: an event Kafka refuses is retried, parked after {@code max-attempts} without
 * holding up other aggregates' events, shown to operators, and published exactly once when replayed after the cause
 * is fixed. An event is written only with the transaction that makes the change.
 */
@QuarkusTest
@TestProfile(EventsTestProfile.class)
@WithTestResource(value = ServiceTestResource.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "df_platform_events_test"))
class OutboxParkingAndReplayTest {

    private static final String ADMIN = TestTokens.bearer("framework-admin");

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    @Test
    void anEventTheBrokerRefusesIsParkedAfterItsAttemptsAndPublishedOnceWhenReplayedAfterTheFix() throws Exception {
        String smallTopic = "platform-test.small-" + UUID.randomUUID();
        String otherTopic = "platform-test.other-" + UUID.randomUUID();
        try (Admin admin = admin()) {
            // the broker refuses messages over 1 kB on this topic: a fault of the event, not an outage
            admin.createTopics(List.of(new NewTopic(smallTopic, 1, (short) 1).configs(Map.of("max.message.bytes", "1024"))))
                    .all().get(10, TimeUnit.SECONDS);
        }
        String aggregate = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String tooLarge = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(smallTopic, "df.test.sized", aggregate, Map.of("text", "x".repeat(4_000))).id());
        String unrelated = QuarkusTransaction.requiringNew().call(() ->
                outbox.publish(otherTopic, "df.test.other", other, Map.of("text", "small")).id());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                tables().text("select status from outbox_event where event_id = ?", tooLarge)).isEqualTo("PARKED"));
        assertThat(tables().count("select attempts from outbox_event where event_id = ?", tooLarge))
                .as("attempts before parking (df.events.outbox.max-attempts)").isEqualTo(2);
        assertThat(tables().text("select last_error from outbox_event where event_id = ?", tooLarge))
                .contains("RecordTooLargeException");
        assertThat(tables().text("select status from outbox_event where event_id = ?", unrelated))
                .as("another aggregate's event is not held up by the failing one").isEqualTo("PUBLISHED");

        long seq = tables().count("select seq from outbox_event where event_id = ?", tooLarge);
        given().header("Authorization", ADMIN).get("/ops/events").then().statusCode(200)
                .body("parkedOutbox.eventId", hasItem(tooLarge))
                .body("parkedOutbox.find { it.eventId == '" + tooLarge + "' }.seq", equalTo((int) seq))
                .body("parkedOutbox.find { it.eventId == '" + tooLarge + "' }.attempts", equalTo(2));
        given().header("Authorization", TestTokens.bearer("auditor")).post("/ops/events/outbox/" + seq + "/replay")
                .then().statusCode(403);

        try (Admin admin = admin()) { // the operator fixes the cause
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, smallTopic),
                    (Collection<AlterConfigOp>) List.of(new AlterConfigOp(new ConfigEntry("max.message.bytes", "1048576"),
                            AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
        }
        given().header("Authorization", ADMIN).post("/ops/events/outbox/" + seq + "/replay").then().statusCode(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                tables().text("select status from outbox_event where event_id = ?", tooLarge)).isEqualTo("PUBLISHED"));
        try (TopicRecorder recorder = new TopicRecorder(ServiceTestResource.bootstrapServers(), smallTopic)) {
            recorder.awaitOne(r -> r.value().contains(tooLarge), Duration.ofSeconds(20));
            // read on until the topic is quiet: the replayed event must be there once, not once per attempt
            var records = recorder.await(r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3));
            assertThat(records).hasSize(1);
            assertThat(records.get(0).key()).isEqualTo(aggregate);
        }
        given().header("Authorization", ADMIN).get("/ops/events").then().statusCode(200)
                .body("parkedOutbox.eventId", not(hasItem(tooLarge)));
        given().header("Authorization", ADMIN).post("/ops/events/outbox/" + seq + "/replay").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anEventIsWrittenOnlyWithTheTransactionThatMakesTheChange() {
        String topic = "platform-test.rolled-back";
        String aggregate = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.publish(topic, "df.test.rolled-back", aggregate, Map.of("n", 1));
                throw new IllegalStateException("the change fails after its event was recorded");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(tables().count("select count(*) from outbox_event where aggregate_id = ?", aggregate)).isZero();
        org.junit.jupiter.api.Assertions.assertThrows(jakarta.transaction.TransactionalException.class,
                () -> outbox.publish(topic, "df.test.no-transaction", aggregate, Map.of("n", 2)),
                "publishing outside a transaction is refused (TxType.MANDATORY)");
    }

    private static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ServiceTestResource.bootstrapServers());
        return Admin.create(p);
    }
}
