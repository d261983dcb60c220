package uk.gov.dynamicframework.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.events.EventsConfig;

/**
 * Records an event in the service's outbox table. It must be called inside the transaction that makes the change,
 * so the change and its event are committed together or not at all; {@link OutboxRelay} publishes it later.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final EventsConfig config;
    private final Event<OutboxEventWritten> written;

    public Outbox(ObjectMapper mapper, Clock clock, EventsConfig config, Event<OutboxEventWritten> written) {
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
        this.written = written;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String type, String aggregateId, Object data) {
        Instant now = clock.instant();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), config.source(), type,
                aggregateId, now, "application/json", mapper.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.id();
        row.topic = topic;
        row.aggregateId = aggregateId;
        row.eventType = type;
        row.payload = toJson(event);
        row.createdAt = now;
        row.nextAttemptAt = now;
        row.persist();
        written.fire(new OutboxEventWritten(topic, type, aggregateId, data));
        return event;
    }

    private String toJson(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data of " + event.type() + " cannot be written as JSON", e);
        }
    }
}
