package uk.gov.dynamicframework.platform.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A received event that kept failing, kept whole so that an operator can see and replay it. */
@Entity
@Table(name = "parked_event")
public class ParkedEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String consumer;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(columnDefinition = "text")
    public String error;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;

    @Column(name = "replayed_at")
    public Instant replayedAt;
}
