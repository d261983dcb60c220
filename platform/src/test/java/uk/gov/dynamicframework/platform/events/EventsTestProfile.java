package uk.gov.dynamicframework.platform.events;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Platform's own application for testing its event machinery: the real outbox relay and inbox, a test consumer
 * ({@link TestConsumer}) on a real Kafka topic, a real PostgreSQL database with the platform migrations and a test
 * table. Few attempts and short backoffs, so parking happens within a second or two.
 */
public class EventsTestProfile implements QuarkusTestProfile {

    public static final String RECEIVED_TOPIC = "platform-test.received";
    public static final String CONSUMER = "platform-test-consumer";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("df.test.platform-events", "true"),
                Map.entry("df.events.source", "/platform-test"),
                Map.entry("df.events.outbox.max-attempts", "2"),
                Map.entry("df.events.outbox.poll-interval", "50ms"),
                Map.entry("df.events.inbox.max-attempts", "2"),
                Map.entry("df.events.inbox.initial-backoff", "50ms"),
                Map.entry("quarkus.flyway.locations", "db/platform,db/platform-events-test"),
                Map.entry("quarkus.log.console.json.enabled", "false"),
                Map.entry("mp.messaging.incoming.platform-test.connector", "smallrye-kafka"),
                Map.entry("mp.messaging.incoming.platform-test.topic", RECEIVED_TOPIC),
                Map.entry("mp.messaging.incoming.platform-test.group.id", "platform-test"),
                Map.entry("mp.messaging.incoming.platform-test.auto.offset.reset", "earliest"),
                Map.entry("mp.messaging.incoming.platform-test.batch", "true"));
    }
}
