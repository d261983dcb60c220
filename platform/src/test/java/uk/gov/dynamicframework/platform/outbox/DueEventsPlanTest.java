package uk.gov.dynamicframework.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.platform.events.EventsTestProfile;

/**
 * The relay's due-events query reads the pending events through their partial indexes whatever the planner's
 * statistics say (the statistics of an empty table, as after a truncate or before the first analyse, once made it
 * scan every published event kept for retention, once per pending event): its transaction turns sequential scans off,
 * {@code offset 0} keeps the aggregate probe a per-row subplan, and that probe does not take the primary key's range
 * of all earlier events. Run after the other tests of this application have published events, as in the build.
 */
@QuarkusTest
@TestProfile(EventsTestProfile.class)
@WithTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "df_platform_events_test"))
class DueEventsPlanTest {

    @Inject
    EntityManager em;

    @Test
    void dueEventsAreReadThroughThePendingIndexesEvenWithTheStatisticsOfAnEmptyTable() {
        String plan;
        try {
            plan = QuarkusTransaction.requiringNew().call(() -> {
                // a different key from the relay's: the settings are what matter here, not the lead
                em.createNativeQuery(OutboxRelay.TAKE_THE_LEAD).setParameter("key", OutboxRelay.ADVISORY_LOCK_KEY + 1)
                        .getSingleResult();
                em.createNativeQuery("update pg_class set reltuples = 0, relpages = 0 where oid = 'outbox_event'::regclass")
                        .executeUpdate();
                @SuppressWarnings("unchecked")
                List<String> lines = em.createNativeQuery("explain " + OutboxRelay.DUE_EVENTS)
                        .setParameter("now", Instant.now()).setParameter("limit", 100).getResultList();
                return String.join("\n", lines);
            });
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze outbox_event").executeUpdate());
        }

        assertThat(plan).as(plan)
                .doesNotContain("Seq Scan")
                .doesNotContain("Anti Join")
                .doesNotContain("outbox_event_pkey")
                .contains("using outbox_event_pending on outbox_event e")
                .contains("SubPlan")
                .contains("using outbox_event_pending_aggregate on outbox_event p");
    }
}
