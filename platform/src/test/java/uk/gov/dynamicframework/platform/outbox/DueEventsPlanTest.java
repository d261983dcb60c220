package uk.gov.dynamicframework.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.platform.events.EventsTestProfile;

/**
 * The relay's due-events query reads pending events only, through the partial indexes of pending events, whatever
 * the planner's statistics say. Statistics taken while every event was pending (after a burst, or the first analyse of
 * a new table) once made it scan every published event kept for retention; another form probed the primary key's
 * range of all earlier events once per pending event. Explained with the relay's own settings, in one transaction that
 * is rolled back.
 */
@QuarkusTest
@TestProfile(EventsTestProfile.class)
@WithTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "df_platform_events_test"))
class DueEventsPlanTest {

    @Inject
    DataSource dataSource;

    @Test
    void dueEventsAreReadThroughThePendingIndexesWithStaleStatisticsAndWithFreshOnes() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                st.execute("""
                        insert into outbox_event (event_id, topic, aggregate_id, event_type, payload, created_at,
                            next_attempt_at)
                        select gen_random_uuid()::text, 'plan-test', 'a' || (i % 50), 'plan.test', '{}', now(),
                               now() + case when i % 100 = 0 then interval '1 hour' else interval '0' end
                        from generate_series(1, 5000) i""");
                st.execute(OutboxRelay.TAKE_THE_LEAD.replace(":key", String.valueOf(OutboxRelay.ADVISORY_LOCK_KEY + 1)));
                // statistics taken while every event was pending, as after a burst; then nine in ten are published
                st.execute("analyze outbox_event");
                st.execute("""
                        update outbox_event set status = 'PUBLISHED', published_at = now()
                        where topic = 'plan-test' and seq % 10 <> 0""");
                assertReadsPendingEventsOnly(explain(st));

                st.execute("analyze outbox_event");
                assertReadsPendingEventsOnly(explain(st));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** Every read of the outbox goes through one of its partial indexes of pending events (or a bitmap of one). */
    private static void assertReadsPendingEventsOnly(String plan) {
        assertThat(plan).as(plan).doesNotContain("Seq Scan").doesNotContain("SubPlan").contains("outbox_event_pending");
        plan.lines().filter(line -> line.contains("Index") && line.contains(" on outbox_event")).forEach(line ->
                assertThat(line).as(plan).containsPattern("on outbox_event_pending(_aggregate)?( |$)|using outbox_event_pending(_aggregate)? "));
    }

    private static String explain(Statement st) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("explain " + OutboxRelay.DUE_EVENTS
                .replace(":now", "now()").replace(":limit", "100"))) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return String.join("\n", lines);
    }

    private static String text(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
