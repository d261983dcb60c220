package uk.gov.dynamicframework.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;
import uk.gov.dynamicframework.platform.events.Backoff;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.events.EventsConfig;

/**
 * Idempotent, failure-tolerant receipt of events. Each event's id is recorded in the same transaction as the
 * handler's effect, so a redelivered event is skipped. A failing event is retried with backoff a few times, then
 * parked in {@code parked_event} for an operator, and the consumer moves on: one bad event never blocks the others.
 * Database trouble (lost connection, deadlock, serialization failure, lock timeout) is no fault of the event: it is
 * retried for as long as it lasts, so a good event is never parked because the database blinked.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration MAX_TRANSIENT_BACKOFF = Duration.ofSeconds(30);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final EventsConfig.Inbox config;

    public Inbox(EntityManager em, ObjectMapper mapper, Clock clock, EventsConfig config) {
        this.em = em;
        this.mapper = mapper;
        this.clock = clock;
        this.config = config.inbox();
    }

    /** Hands one received record to {@code handler} exactly once; never throws for a bad event. */
    public Outcome receive(EventHandler handler, String topic, String payload) {
        CloudEvent event;
        try {
            event = mapper.readValue(payload, CloudEvent.class);
            if (event.id() == null || event.type() == null) {
                throw new IllegalArgumentException("not a CloudEvent: id and type are required");
            }
        } catch (Exception e) {
            park(handler, topic, null, payload, e, 1);
            return Outcome.PARKED;
        }
        Exception last = null;
        int failures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> apply(handler, event));
            } catch (Exception e) {
                if (Transience.isTransient(e)) {
                    // the database's trouble, not the event's: wait for it, keeping this partition's order
                    LOG.warnf("Event %s (%s) waits for the database in %s (attempt %d): %s", event.id(), event.type(),
                            handler.name(), attempt, e.toString());
                    sleep(Backoff.after(attempt, config.initialBackoff(), MAX_TRANSIENT_BACKOFF));
                    continue;
                }
                last = e;
                failures++;
                LOG.warnf("Event %s (%s) failed in %s, attempt %d of %d: %s", event.id(), event.type(), handler.name(),
                        failures, config.maxAttempts(), e.toString());
                if (failures >= config.maxAttempts()) {
                    break;
                }
                sleep(Backoff.after(failures, config.initialBackoff(), MAX_BACKOFF));
            }
        }
        park(handler, topic, event, payload, last, failures);
        return Outcome.PARKED;
    }

    private Outcome apply(EventHandler handler, CloudEvent event) {
        int inserted = em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type, processed_at) values (:consumer, :id, :type, :at)
                on conflict do nothing""")
                .setParameter("consumer", handler.name()).setParameter("id", event.id())
                .setParameter("type", event.type()).setParameter("at", clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            return Outcome.DUPLICATE;
        }
        handler.handle(event);
        return Outcome.APPLIED;
    }

    private void park(EventHandler handler, String topic, CloudEvent event, String payload, Exception cause, int attempts) {
        LOG.errorf("Event %s parked by %s after %d attempt(s): %s", event == null ? "(unreadable)" : event.id(),
                handler.name(), attempts, cause);
        for (int attempt = 1; ; attempt++) {
            try {
                insertParked(handler, topic, event, payload, cause, attempts);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Parking event %s waits for the database (attempt %d): %s",
                        event == null ? "(unreadable)" : event.id(), attempt, e.toString());
                sleep(Backoff.after(attempt, config.initialBackoff(), MAX_TRANSIENT_BACKOFF));
            }
        }
    }

    private void insertParked(EventHandler handler, String topic, CloudEvent event, String payload, Exception cause,
            int attempts) {
        QuarkusTransaction.requiringNew().run(() -> {
            ParkedEvent parked = new ParkedEvent();
            parked.consumer = handler.name();
            parked.topic = topic;
            parked.eventId = event == null ? null : event.id();
            parked.eventType = event == null ? null : event.type();
            parked.payload = payload;
            parked.error = String.valueOf(cause);
            parked.attempts = attempts;
            parked.parkedAt = clock.instant();
            parked.persist();
        });
    }

    /** Interrupted (the service is stopping): give up on this record, unacknowledged, so it is received again. */
    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry an event", e);
        }
    }

    public enum Outcome { APPLIED, DUPLICATE, PARKED }
}
