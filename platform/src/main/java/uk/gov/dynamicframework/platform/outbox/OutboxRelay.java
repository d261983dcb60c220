package uk.gov.dynamicframework.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.dynamicframework.platform.events.Backoff;
import uk.gov.dynamicframework.platform.events.CloudEvent;
import uk.gov.dynamicframework.platform.events.EventMetrics;
import uk.gov.dynamicframework.platform.events.EventRetention;
import uk.gov.dynamicframework.platform.events.EventsConfig;

/**
 * Publishes outbox rows to Kafka in commit order: idempotent producer, {@code acks=all}, key = aggregate id.
 * <p>
 * Only one relay per service database works at a time (a PostgreSQL advisory lock), so events of one aggregate
 * keep their order across replicas. A broker outage pauses the relay, with backoff, and costs no event an attempt;
 * an event the broker refuses by itself is retried with backoff and parked after {@code max-attempts}, and later
 * events of other aggregates go on meanwhile. Order within an aggregate holds except around such an event: its
 * successors may go out before it is retried, parked or replayed; consumers keep only the newest {@code version}.
 * <p>
 * A transaction of this instance that wrote to the outbox wakes the relay as it commits, so its events go out at
 * once; {@code poll-interval} only bounds the wait for events committed by other instances (or retried ones). An
 * event committed while a pass is under way is taken by the next pass, which follows at once. A pass costs two
 * statements, the sends and their acknowledgements, one statement marking the batch published and a commit that
 * does not wait for the disk (a mark lost in a crash only sends the events again, and consumers skip them).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final long ADVISORY_LOCK_KEY = 0x0df_0_0b0L;
    private static final Duration EVENT_RETRY_INITIAL = Duration.ofSeconds(1);
    private static final Duration EVENT_RETRY_MAX = Duration.ofMinutes(5);

    /**
     * Due, pending events whose aggregate has no earlier pending event still waiting for its retry. Every plan of it
     * reads pending events only, never the published ones kept for retention, and each once a pass: the aggregates
     * with an event waiting for its retry are found first (normally none or a few), and the due events are then read
     * in order against that small set. Sequential scans are off in the relay's transaction, so the partial indexes of
     * pending events serve both reads whatever the statistics say (DueEventsPlanTest).
     */
    static final String DUE_EVENTS = """
            with waiting as materialized (
                select topic, aggregate_id, min(seq) as seq from outbox_event
                where status = 'PENDING' and next_attempt_at > :now
                group by topic, aggregate_id)
            select e.* from outbox_event e
            where e.status = 'PENDING' and e.next_attempt_at <= :now
              and not exists (select 1 from waiting w
                              where w.topic = e.topic and w.aggregate_id = e.aggregate_id and w.seq < e.seq)
            order by e.seq
            limit :limit
            """;

    /** One relay at a time (the others skip the pass), with the settings of the relay's transaction. */
    static final String TAKE_THE_LEAD = """
            select pg_try_advisory_xact_lock(:key), set_config('synchronous_commit', 'off', true),
                   set_config('enable_seqscan', 'off', true)""";

    private final EntityManager em;
    private final Clock clock;
    private final EventsConfig.Outbox config;
    private final EventMetrics metrics;
    private final EventRetention retention;
    private final String bootstrapServers;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private volatile KafkaProducer<String, String> producer;
    private int brokerFailures;

    public OutboxRelay(EntityManager em, Clock clock, EventsConfig config, EventMetrics metrics, EventRetention retention,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.em = em;
        this.clock = clock;
        this.config = config.outbox();
        this.metrics = metrics;
        this.retention = retention;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent ignored) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled (df.events.outbox.relay-enabled=false)");
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KafkaProducer<String, String> made = producer;
        if (made != null) {
            made.close(Duration.ofSeconds(5));
        }
    }

    /** After the commit of a transaction that wrote an event: publish now rather than at the next poll. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventWritten ignored) {
        wake();
    }

    /** Makes the relay look for due events now (at most one pass is queued however often it is called). */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    static Properties producerProperties(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // no lingering: the relay sends a whole batch and then waits for it, so nothing is gained by waiting longer
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return p;
    }

    private void loop() {
        LOG.infof("Outbox relay publishing to %s", bootstrapServers);
        while (running) {
            try {
                if (producer == null) {
                    // made here, not as the service starts (the Kafka client's classes and threads cost a start on
                    // 2 cores about 1 s); a producer that cannot be made is logged and retried like a failed pass
                    producer = new KafkaProducer<>(producerProperties(bootstrapServers));
                }
                int published = relayOnce();
                metrics.refreshIfStale();
                retention.pruneIfDue();
                if (published == 0) {
                    if (brokerFailures == 0) {
                        awaitWakeUp(config.pollInterval());
                    } else {
                        sleep(Backoff.after(brokerFailures, config.pollInterval().multipliedBy(5), config.maxBrokerBackoff()));
                    }
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Outbox relay pass failed, retrying: %s", e.toString());
                sleep(config.maxBrokerBackoff());
            }
        }
    }

    /** One pass: publishes the events that are due. Returns how many were published. */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            // What this transaction records (published, failed) is redone if lost: at worst an event goes out twice,
            // which consumers skip (inbox). So its commit need not wait for the disk. Sequential scans off: see
            // DUE_EVENTS (planned as a small table, after a truncate or before the first analyse, the outbox was
            // scanned with every published event kept for retention).
            Object[] leader = (Object[]) em.createNativeQuery(TAKE_THE_LEAD)
                    .setParameter("key", ADVISORY_LOCK_KEY).getSingleResult();
            if (!Boolean.TRUE.equals(leader[0])) {
                return 0;
            }
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<OutboxEvent> due = em.createNativeQuery(DUE_EVENTS, OutboxEvent.class)
                    .setParameter("now", now).setParameter("limit", config.batchSize()).getResultList();
            if (due.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>(due.size());
            for (OutboxEvent event : due) {
                Future<RecordMetadata> future = send(event);
                sent.add(future);
                if (future.isDone() && outcome(future) instanceof RetriableException) {
                    break; // the broker is away: the rest of the batch would only wait for it too
                }
            }
            return settle(due.subList(0, sent.size()), sent);
        });
    }

    private Future<RecordMetadata> send(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.aggregateId, event.payload);
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private int settle(List<OutboxEvent> due, List<Future<RecordMetadata>> sent) {
        List<Long> published = new ArrayList<>(due.size());
        boolean brokerDown = false;
        Instant now = clock.instant();
        for (int i = 0; i < due.size(); i++) {
            OutboxEvent event = due.get(i);
            Throwable failure = outcome(sent.get(i));
            if (failure == null) {
                published.add(event.seq);
            } else if (failure instanceof RetriableException || failure instanceof InterruptedException) {
                brokerDown = true;
            } else {
                Instant retryAt = now.plus(Backoff.after(event.attempts + 1, EVENT_RETRY_INITIAL, EVENT_RETRY_MAX));
                event.failed(failure.toString(), retryAt, config.maxAttempts());
                if (event.status == OutboxEvent.Status.PARKED) {
                    LOG.errorf("Outbox event %s (%s) parked after %d attempts: %s", event.eventId, event.eventType,
                            event.attempts, failure);
                }
            }
        }
        if (!published.isEmpty()) { // one statement for the batch
            em.createNativeQuery("""
                    update outbox_event set status = 'PUBLISHED', published_at = :at, last_error = null
                    where seq in (:seqs)""")
                    .setParameter("at", now).setParameter("seqs", published).executeUpdate();
        }
        if (brokerDown) {
            brokerFailures++;
            LOG.warnf("Kafka at %s unreachable; %d event(s) wait (attempt %d)", bootstrapServers,
                    due.size() - published.size(), brokerFailures);
        } else {
            if (brokerFailures > 0) {
                LOG.infof("Kafka reachable again; outbox relay resumed");
            }
            brokerFailures = 0;
        }
        return published.size();
    }

    private static Throwable outcome(Future<RecordMetadata> future) {
        try {
            future.get();
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private void awaitWakeUp(Duration atMost) {
        try {
            if (wakeUp.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
