package uk.gov.dynamicframework.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges an operator alerts on: outbox rows waiting, the age of the oldest, and events parked in the outbox and
 * the inbox. Refreshed by the relay at most once a second, so a scrape never touches the database.
 */
@ApplicationScoped
public class EventMetrics {

    private static final Duration REFRESH_EVERY = Duration.ofSeconds(1);

    private final EntityManager em;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    private final AtomicLong outboxParked = new AtomicLong();
    private final AtomicLong inboxParked = new AtomicLong();
    private volatile Instant refreshedAt = Instant.EPOCH;

    public EventMetrics(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        Gauge.builder("df.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet published to Kafka").register(registry);
        Gauge.builder("df.outbox.oldest.pending.age.seconds", oldestPendingAgeSeconds, AtomicLong::get)
                .description("Age of the oldest outbox event not yet published").register(registry);
        Gauge.builder("df.events.parked", outboxParked, AtomicLong::get).tag("side", "outbox")
                .description("Events parked for an operator after repeated failures").register(registry);
        Gauge.builder("df.events.parked", inboxParked, AtomicLong::get).tag("side", "inbox")
                .description("Events parked for an operator after repeated failures").register(registry);
    }

    public void refreshIfStale() {
        Instant now = clock.instant();
        if (Duration.between(refreshedAt, now).compareTo(REFRESH_EVERY) < 0) {
            return;
        }
        refresh();
    }

    public Snapshot refresh() {
        Instant now = clock.instant();
        // each count by its partial index (pending, parked) whatever the statistics say, never a scan of the
        // published events kept for retention
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select set_config('enable_seqscan', 'off', true),
                       (select count(*) from outbox_event where status = 'PENDING'),
                       (select min(created_at) from outbox_event where status = 'PENDING'),
                       (select count(*) from outbox_event where status = 'PARKED'),
                       (select count(*) from parked_event where replayed_at is null)
                """).getSingleResult());
        pending.set(((Number) row[1]).longValue());
        Instant oldest = toInstant(row[2]);
        oldestPendingAgeSeconds.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds()));
        outboxParked.set(((Number) row[3]).longValue());
        inboxParked.set(((Number) row[4]).longValue());
        refreshedAt = now;
        return new Snapshot(pending.get(), oldestPendingAgeSeconds.get(), outboxParked.get(), inboxParked.get());
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** The figures of one refresh, for the operations endpoint. */
    public record Snapshot(long outboxPending, long oldestPendingAgeSeconds, long outboxParked, long inboxParked) {
    }
}
