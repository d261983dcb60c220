package uk.gov.dynamicframework.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps the event tables from growing for ever: deletes published outbox rows and processed inbox ids older than
 * their retention ({@code df.events.outbox.retention}, {@code df.events.inbox.retention}). Pending and parked
 * events are never deleted. Run by the relay about once an hour, in batches so no transaction grows large.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);
    private static final Duration EVERY = Duration.ofHours(1);
    private static final int BATCH = 5_000;

    private final EntityManager em;
    private final Clock clock;
    private final EventsConfig config;
    private volatile Instant lastRun = Instant.EPOCH;

    public EventRetention(EntityManager em, Clock clock, EventsConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    public void pruneIfDue() {
        if (Duration.between(lastRun, clock.instant()).compareTo(EVERY) >= 0) {
            prune();
        }
    }

    /** Deletes what is past retention; returns how many rows went. */
    public long prune() {
        Instant now = clock.instant();
        lastRun = now;
        long outbox = deleteInBatches("""
                delete from outbox_event where seq in (select seq from outbox_event
                where status = 'PUBLISHED' and published_at < :cutoff limit :batch)""", now.minus(config.outbox().retention()));
        long inbox = deleteInBatches("""
                delete from inbox_event where (consumer, event_id) in (select consumer, event_id from inbox_event
                where processed_at < :cutoff limit :batch)""", now.minus(config.inbox().retention()));
        if (outbox + inbox > 0) {
            LOG.infof("Event retention deleted %d published outbox event(s) and %d processed inbox id(s)", outbox, inbox);
        }
        return outbox + inbox;
    }

    private long deleteInBatches(String sql, Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql)
                    .setParameter("cutoff", cutoff).setParameter("batch", BATCH).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
