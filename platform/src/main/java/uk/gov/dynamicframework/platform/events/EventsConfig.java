package uk.gov.dynamicframework.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay and the inbox, under {@code df.events}. */
@ConfigMapping(prefix = "df.events")
public interface EventsConfig {

    /** CloudEvents {@code source} of the events this service publishes, e.g. {@code /provider-registry}. */
    String source();

    Outbox outbox();

    Inbox inbox();

    interface Outbox {
        /** Whether this instance relays its outbox to Kafka. */
        @WithDefault("true")
        boolean relayEnabled();

        /** How long the relay waits when it found nothing to publish. */
        @WithDefault("100ms")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** Failures of one event (not broker outages) before it is parked for an operator. */
        @WithDefault("8")
        int maxAttempts();

        /** The longest the relay waits between attempts while the broker is unreachable. */
        @WithDefault("5s")
        Duration maxBrokerBackoff();

        /** How long published events stay in the outbox (for investigation) before they are deleted. */
        @WithDefault("7d")
        Duration retention();
    }

    interface Inbox {
        /** Attempts to handle one event before it is parked for an operator. */
        @WithDefault("4")
        int maxAttempts();

        /** Wait before the second attempt; doubled for each further attempt. */
        @WithDefault("200ms")
        Duration initialBackoff();

        /** How long processed event ids are kept to recognise redeliveries: longer than the topics' retention. */
        @WithDefault("30d")
        Duration retention();
    }
}
