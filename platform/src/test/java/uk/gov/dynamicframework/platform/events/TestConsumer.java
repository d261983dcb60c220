package uk.gov.dynamicframework.platform.events;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import uk.gov.dynamicframework.platform.inbox.EventHandler;
import uk.gov.dynamicframework.platform.inbox.Inbox;

/**
 * A consumer written as every service writes one (the inbox template), whose effect is one {@code test_effect} row
 * per application. Tests make it fail for chosen events (a fault of the event) or wait on a locked row (the
 * database's trouble), and count how often it was called.
 */
@ApplicationScoped
@IfBuildProperty(name = "df.test.platform-events", stringValue = "true")
public class TestConsumer implements EventHandler {

    private final Inbox inbox;
    private final EntityManager em;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Set<String> waitingOnLock = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public TestConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("platform-test") // batch=true (EventsTestProfile): the records of a poll together
    @Blocking(ordered = true)
    public void onEvents(ConsumerRecords<String, String> records) {
        inbox.receiveAll(this, records);
    }

    @Override
    public String name() {
        return EventsTestProfile.CONSUMER;
    }

    @Override
    public void handle(uk.gov.dynamicframework.platform.events.CloudEvent event) {
        calls.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (failing.contains(event.id())) {
            throw new IllegalStateException("test consumer told to fail " + event.id());
        }
        if (waitingOnLock.contains(event.id())) {
            em.createNativeQuery("set local lock_timeout = '100ms'").executeUpdate();
            em.createNativeQuery("select id from test_lock where id = 1 for update").getResultList();
        }
        em.createNativeQuery("insert into test_effect (event_id) values (:id)").setParameter("id", event.id())
                .executeUpdate();
    }

    public void failFor(String eventId) {
        failing.add(eventId);
    }

    public void stopFailingFor(String eventId) {
        failing.remove(eventId);
    }

    public void waitOnLockFor(String eventId) {
        waitingOnLock.add(eventId);
    }

    public int calls(String eventId) {
        AtomicInteger n = calls.get(eventId);
        return n == null ? 0 : n.get();
    }
}
