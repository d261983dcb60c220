package uk.gov.dynamicframework.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One event waiting to be (or already) published to Kafka, written in the transaction of the change it records. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    public enum Status { PENDING, PUBLISHED, PARKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The whole CloudEvent, as JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "last_error", columnDefinition = "text")
    public String lastError;

    void failed(String error, Instant retryAt, int maxAttempts) {
        attempts++;
        lastError = error;
        nextAttemptAt = retryAt;
        if (attempts >= maxAttempts) {
            status = Status.PARKED;
        }
    }

    public void replay(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }
}
