package uk.gov.dynamicframework.registry.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.events.EventRetention;

@QuarkusTest
class EventRetentionTest {

    @Inject
    EntityManager em;

    @Inject
    EventRetention retention;

    @Test
    void onlyPublishedEventsAndProcessedIdsPastTheirRetentionAreDeleted() {
        Instant now = Instant.now();
        String oldPublished = outbox("PUBLISHED", now.minus(Duration.ofDays(8)), null);
        String recentPublished = outbox("PUBLISHED", now.minus(Duration.ofDays(1)), null);
        // created long ago but not due until tomorrow (a retry backing off): the live relay leaves it PENDING
        String oldPending = outbox("PENDING", now.minus(Duration.ofDays(8)), now.plus(Duration.ofDays(1)));
        String oldParked = outbox("PARKED", now.minus(Duration.ofDays(8)), null);
        String oldProcessed = inbox(now.minus(Duration.ofDays(31)));
        String recentProcessed = inbox(now.minus(Duration.ofDays(2)));

        retention.prune();

        assertThat(existing("outbox_event", List.of(oldPublished, recentPublished, oldPending, oldParked)))
                .containsExactlyInAnyOrder(recentPublished, oldPending, oldParked);
        assertThat(existing("inbox_event", List.of(oldProcessed, recentProcessed))).containsExactly(recentProcessed);
        assertThat(status(oldPending)).isEqualTo("PENDING");
        assertThat(status(oldParked)).isEqualTo("PARKED");
        // leave no pending or parked test event behind for the event figures other tests read
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from outbox_event where event_id in (:ids)")
                .setParameter("ids", List.of(oldPending, oldParked)).executeUpdate());
    }

    private String outbox(String status, Instant at, Instant nextAttemptAt) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into outbox_event (event_id, topic, aggregate_id, event_type, payload, status, created_at,
                                          next_attempt_at, published_at)
                values (:id, 'df.test.v1', :id, 'df.test', '{}', :status, :at, :next, :published)""")
                .setParameter("id", id).setParameter("status", status).setParameter("at", at)
                .setParameter("next", nextAttemptAt == null ? at : nextAttemptAt)
                .setParameter("published", "PUBLISHED".equals(status) ? at : null).executeUpdate());
        return id;
    }

    private String inbox(Instant at) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into inbox_event (consumer, event_id, event_type, processed_at) values ('test', :id, 'df.test', :at)""")
                .setParameter("id", id).setParameter("at", at).executeUpdate());
        return id;
    }

    private String status(String outboxEventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select status from outbox_event where event_id = :id").setParameter("id", outboxEventId).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private List<String> existing(String table, List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_id from " + table + " where event_id in (:ids)").setParameter("ids", ids).getResultList());
    }
}
