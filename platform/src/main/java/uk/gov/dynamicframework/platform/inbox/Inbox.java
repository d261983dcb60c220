package uk.gov.dynamicframework.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * <p>
 * {@link #receiveAll} takes the records of one poll (a channel with {@code batch=true}) and applies them in one
 * transaction: one statement records their ids, and one commit (one wait for the disk) ends the poll, instead of
 * both per event. An event that fails in the batch does not cost the others their effect: the events before it are
 * committed without it, it goes through {@link #receive} on its own (retries, parking), and the batch goes on after it.
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
        return receive(handler, topic, payload, null);
    }

    /** As {@link #receive(EventHandler, String, String)}, counting {@code failedBefore} (if any) as the first attempt. */
    private Outcome receive(EventHandler handler, String topic, String payload, Exception failedBefore) {
        CloudEvent event;
        try {
            event = read(payload);
        } catch (Exception e) {
            park(handler, topic, null, payload, e, 1);
            return Outcome.PARKED;
        }
        Exception last = null;
        int failures = 0;
        if (failedBefore != null && !Transience.isTransient(failedBefore)) {
            last = failedBefore;
            if (failed(handler, event, ++failures, failedBefore)) {
                park(handler, topic, event, payload, last, failures);
                return Outcome.PARKED;
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> apply(handler, List.of(event), new int[1]).get(0));
            } catch (Exception e) {
                if (Transience.isTransient(e)) {
                    // the database's trouble, not the event's: wait for it, keeping this partition's order
                    LOG.warnf("Event %s (%s) waits for the database in %s (attempt %d): %s", event.id(), event.type(),
                            handler.name(), attempt, e.toString());
                    sleep(Backoff.after(attempt, config.initialBackoff(), MAX_TRANSIENT_BACKOFF));
                    continue;
                }
                last = e;
                if (failed(handler, event, ++failures, e)) {
                    break;
                }
            }
        }
        park(handler, topic, event, payload, last, failures);
        return Outcome.PARKED;
    }

    /** After the {@code failures}th failure of {@code event}: true if it is to be parked, else waits before the next. */
    private boolean failed(EventHandler handler, CloudEvent event, int failures, Exception cause) {
        LOG.warnf("Event %s (%s) failed in %s, attempt %d of %d: %s", event.id(), event.type(), handler.name(), failures,
                config.maxAttempts(), cause.toString());
        if (failures >= config.maxAttempts()) {
            return true;
        }
        sleep(Backoff.after(failures, config.initialBackoff(), MAX_BACKOFF));
        return false;
    }

    /**
     * Hands the records of one poll to {@code handler}, in their order, each exactly once; never throws for a bad
     * event. Returns the outcome of each record, in the same order.
     */
    public List<Outcome> receiveAll(EventHandler handler, Iterable<ConsumerRecord<String, String>> records) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        records.forEach(batch::add);
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        int from = 0;
        while (from < batch.size()) {
            Failure failure = applyInOneTransaction(handler, batch.subList(from, batch.size()), outcomes);
            if (failure == null) {
                break;
            }
            int failing = from + failure.index();
            if (failure.index() > 0 && applyInOneTransaction(handler, batch.subList(from, failing), outcomes) != null) {
                for (ConsumerRecord<String, String> record : batch.subList(from, failing)) { // they fail without it too
                    outcomes.add(receive(handler, record.topic(), record.value(), null));
                }
            }
            ConsumerRecord<String, String> record = batch.get(failing);
            outcomes.add(receive(handler, record.topic(), record.value(), failure.cause()));
            from = failing + 1;
        }
        return outcomes;
    }

    /** Why a batch was not applied: the failure of the event at {@code index}, or of the commit (index 0, no cause). */
    private record Failure(int index, Exception cause) {
    }

    /**
     * Applies {@code records} in one transaction and adds their outcomes; or, if one of them fails (or the commit
     * does), commits and adds nothing and says which failed. Their ids are recorded by one statement before the
     * handler runs for those not seen before.
     */
    private Failure applyInOneTransaction(EventHandler handler, List<ConsumerRecord<String, String>> records,
            List<Outcome> outcomes) {
        List<CloudEvent> events = new ArrayList<>(records.size());
        // an unreadable record fails the batch at its place, after the events before it, as a failing handler would
        Exception unreadable = readUpToUnreadable(records, events);
        int[] at = {0};
        try {
            List<Outcome> applied = QuarkusTransaction.requiringNew().call(() -> {
                List<Outcome> done = apply(handler, events, at);
                if (unreadable != null) {
                    throw unreadable;
                }
                return done;
            });
            outcomes.addAll(applied);
            return null;
        } catch (Exception e) {
            LOG.debugf("%d event(s) for %s not applied together, event %d failed: %s", records.size(), handler.name(),
                    at[0], e.toString());
            return at[0] < records.size() ? new Failure(at[0], e) : new Failure(0, null);
        }
    }

    /** Reads {@code records} into {@code events} up to the first unreadable one; returns why it is, or null. */
    private Exception readUpToUnreadable(List<ConsumerRecord<String, String>> records, List<CloudEvent> events) {
        for (ConsumerRecord<String, String> record : records) {
            try {
                events.add(read(record.value()));
            } catch (Exception e) {
                return e;
            }
        }
        return null;
    }

    private CloudEvent read(String payload) throws Exception {
        CloudEvent event = mapper.readValue(payload, CloudEvent.class);
        if (event.id() == null || event.type() == null) {
            throw new IllegalArgumentException("not a CloudEvent: id and type are required");
        }
        return event;
    }

    /**
     * In the caller's transaction: records the events' ids in one statement, then hands those not received before to
     * the handler, in order, each once; {@code handled[0]} counts the events done, so a failure names its event.
     */
    private List<Outcome> apply(EventHandler handler, List<CloudEvent> events, int[] handled) {
        Set<String> firstSeen = recordFirstSeen(handler, events);
        List<Outcome> done = new ArrayList<>(events.size());
        for (CloudEvent event : events) {
            if (firstSeen.remove(event.id())) { // removed: the same event twice in a poll is applied once
                handler.handle(event);
                em.flush(); // a failing statement shows at its own event
                em.clear();
                done.add(Outcome.APPLIED);
            } else {
                done.add(Outcome.DUPLICATE);
            }
            handled[0]++;
        }
        return done;
    }

    /** Records {@code events} as received by {@code handler}; returns the ids of those it had not received before. */
    private Set<String> recordFirstSeen(EventHandler handler, List<CloudEvent> events) {
        if (events.isEmpty()) {
            return new HashSet<>();
        }
        ArrayNode received = mapper.createArrayNode();
        events.forEach(event -> received.addObject().put("id", event.id()).put("type", event.type()));
        @SuppressWarnings("unchecked")
        List<String> inserted = em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type, processed_at)
                select :consumer, e.id, e.type, :at from jsonb_to_recordset(cast(:events as jsonb)) as e(id text, type text)
                on conflict do nothing
                returning event_id""")
                .setParameter("consumer", handler.name()).setParameter("events", received.toString())
                .setParameter("at", clock.instant())
                .getResultList();
        return new HashSet<>(inserted);
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
