package uk.gov.dynamicframework.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestEvents;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.platform.outbox.Outbox;

/**
 * The gauges an operator alerts on follow the real tables: events waiting in the outbox and the age of the oldest,
 * and events parked on either side; and they fall back when the events are published and replayed.
 */
@QuarkusTest
@TestProfile(EventsTestProfile.class)
@WithTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "df_platform_events_test"))
class EventMetricsTest {

    private static final String ADMIN = TestTokens.bearer("framework-admin");

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    TestConsumer consumer;

    @Inject
    DataSource dataSource;

    private EventTables tables() {
        return new EventTables(dataSource);
    }

    @BeforeEach
    void noEventsWaitingOrParked() {
        tables().update("delete from outbox_event where status <> 'PUBLISHED'");
        tables().update("update parked_event set replayed_at = now() where replayed_at is null");
    }

    @Test
    void theOutboxAndParkedGaugesFollowTheEventTables() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(gauges())
                .containsEntry("df_outbox_pending", 0.0).containsEntry("df_outbox_oldest_pending_age_seconds", 0.0)
                .containsEntry("df_events_parked{side=\"outbox\"}", 0.0).containsEntry("df_events_parked{side=\"inbox\"}", 0.0));

        // three events recorded but not yet due (as while the broker is away), the oldest two minutes ago
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int ageSeconds = i == 0 ? 120 : 5;
            waiting.add(QuarkusTransaction.requiringNew().call(() -> {
                String id = outbox.publish("platform-test.metrics", "df.test.waiting", UUID.randomUUID().toString(),
                        Map.of("n", 1)).id();
                em.createNativeQuery("""
                        update outbox_event set created_at = created_at - make_interval(secs => :age),
                               next_attempt_at = now() + interval '1 hour' where event_id = :id""")
                        .setParameter("age", ageSeconds).setParameter("id", id).executeUpdate();
                return id;
            }));
        }
        // one outbox event parked, and one received event parked by the consumer
        QuarkusTransaction.requiringNew().run(() -> {
            String id = outbox.publish("platform-test.metrics", "df.test.parked", UUID.randomUUID().toString(), Map.of()).id();
            em.createNativeQuery("update outbox_event set status = 'PARKED', attempts = 2 where event_id = :id")
                    .setParameter("id", id).executeUpdate();
        });
        String bad = TestEvents.newId();
        String subject = UUID.randomUUID().toString();
        consumer.failFor(bad);
        TestEvents.send(EventsTestProfile.RECEIVED_TOPIC, subject, TestEvents.cloudEvent(bad, "df.test.happened", subject, "{}"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, Double> gauges = gauges();
            assertThat(gauges).containsEntry("df_outbox_pending", 3.0)
                    .containsEntry("df_events_parked{side=\"outbox\"}", 1.0)
                    .containsEntry("df_events_parked{side=\"inbox\"}", 1.0);
            assertThat(gauges.get("df_outbox_oldest_pending_age_seconds")).isBetween(120.0, 180.0);
        });
        given().header("Authorization", ADMIN).get("/ops/events").then().statusCode(200)
                .body("figures.outboxPending", org.hamcrest.Matchers.equalTo(3))
                .body("figures.outboxParked", org.hamcrest.Matchers.equalTo(1))
                .body("figures.inboxParked", org.hamcrest.Matchers.equalTo(1));

        // the broker "returns": the waiting events fall due and are published; the parked ones are replayed
        tables().update("update outbox_event set next_attempt_at = now() where status = 'PENDING'");
        long parkedSeq = tables().count("select seq from outbox_event where status = 'PARKED'");
        given().header("Authorization", ADMIN).post("/ops/events/outbox/" + parkedSeq + "/replay").then().statusCode(204);
        consumer.stopFailingFor(bad);
        long parkedId = tables().count("select id from parked_event where event_id = ?", bad);
        given().header("Authorization", ADMIN).post("/ops/events/inbox/" + parkedId + "/replay").then().statusCode(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(gauges())
                .containsEntry("df_outbox_pending", 0.0).containsEntry("df_outbox_oldest_pending_age_seconds", 0.0)
                .containsEntry("df_events_parked{side=\"outbox\"}", 0.0).containsEntry("df_events_parked{side=\"inbox\"}", 0.0));
        assertThat(tables().count("select count(*) from outbox_event where event_id = any(?) and status = 'PUBLISHED'",
                (Object) waiting.toArray(String[]::new))).isEqualTo(3);
    }

    private static final Pattern SAMPLE = Pattern.compile("^(df_\\w+(?:\\{[^}]*\\})?)\\s+(\\S+)$", Pattern.MULTILINE);

    /** The df_ gauges as Prometheus serves them, e.g. {@code df_events_parked{side="inbox"}} -> 1.0. */
    private static Map<String, Double> gauges() {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> gauges = new java.util.TreeMap<>();
        Matcher m = SAMPLE.matcher(body);
        while (m.find()) {
            gauges.put(m.group(1), Double.valueOf(m.group(2)));
        }
        return gauges;
    }
}
