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
        String oldPublished = outbox("PUBLISHED", now.minus(Duration.ofDays(8)));
        String recentPublished = outbox("PUBLISHED", now.minus(Duration.ofDays(1)));
        String oldPending = outbox("PENDING", now.minus(Duration.ofDays(8)));
        String oldParked = outbox("PARKED", now.minus(Duration.ofDays(8)));
        String oldProcessed = inbox(now.minus(Duration.ofDays(31)));
        String recentProcessed = inbox(now.minus(Duration.ofDays(2)));

        retention.prune();

        assertThat(existing("outbox_event", List.of(oldPublished, recentPublished, oldPending, oldParked)))
                .containsExactlyInAnyOrder(recentPublished, oldPending, oldParked);
        assertThat(existing("inbox_event", List.of(oldProcessed, recentProcessed))).containsExactly(recentProcessed);
    }

    private String outbox(String status, Instant at) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into outbox_event (event_id, topic, aggregate_id, event_type, payload, status, created_at,
                                          next_attempt_at, published_at)
                values (:id, 'df.test.v1', 'a', 'df.test', '{}', :status, :at, :at, :published)""")
                .setParameter("id", id).setParameter("status", status).setParameter("at", at)
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

    @SuppressWarnings("unchecked")
    private List<String> existing(String table, List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select event_id from " + table + " where event_id in (:ids)").setParameter("ids", ids).getResultList());
    }
}
