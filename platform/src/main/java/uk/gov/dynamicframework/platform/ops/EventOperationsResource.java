package uk.gov.dynamicframework.platform.ops;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.dynamicframework.platform.events.EventMetrics;
import uk.gov.dynamicframework.platform.inbox.EventHandler;
import uk.gov.dynamicframework.platform.inbox.Inbox;
import uk.gov.dynamicframework.platform.inbox.ParkedEvent;
import uk.gov.dynamicframework.platform.outbox.OutboxEvent;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Roles;

/**
 * For operators, on each service directly (not routed by the gateway): the state of the outbox and inbox, the
 * events parked after repeated failures, and replaying them once the cause is fixed.
 */
@Path("/ops/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FRAMEWORK_ADMIN)
@Tag(name = "Operations")
public class EventOperationsResource {

    private final EventMetrics metrics;
    private final Inbox inbox;
    private final Instance<EventHandler> handlers;
    private final Clock clock;

    public EventOperationsResource(EventMetrics metrics, Inbox inbox, Instance<EventHandler> handlers, Clock clock) {
        this.metrics = metrics;
        this.inbox = inbox;
        this.handlers = handlers;
        this.clock = clock;
    }

    public record ParkedOutboxEvent(long seq, String eventId, String eventType, String topic, String aggregateId,
            int attempts, String lastError, Instant createdAt) {
    }

    public record ParkedInboxEvent(long id, String consumer, String topic, String eventId, String eventType,
            int attempts, String error, Instant parkedAt) {
    }

    public record EventOperationsStatus(EventMetrics.Snapshot figures, List<ParkedOutboxEvent> parkedOutbox,
            List<ParkedInboxEvent> parkedInbox) {
    }

    @GET
    @Operation(operationId = "eventOperationsStatus", summary = "Outbox and inbox figures, with every parked event")
    public EventOperationsStatus status() {
        List<ParkedOutboxEvent> outbox = OutboxEvent.<OutboxEvent>list("status", OutboxEvent.Status.PARKED).stream()
                .map(e -> new ParkedOutboxEvent(e.seq, e.eventId, e.eventType, e.topic, e.aggregateId, e.attempts,
                        e.lastError, e.createdAt))
                .toList();
        List<ParkedInboxEvent> parked = ParkedEvent.<ParkedEvent>list("replayedAt is null order by id").stream()
                .map(e -> new ParkedInboxEvent(e.id, e.consumer, e.topic, e.eventId, e.eventType, e.attempts, e.error,
                        e.parkedAt))
                .toList();
        return new EventOperationsStatus(metrics.refresh(), outbox, parked);
    }

    @POST
    @Path("/outbox/{seq}/replay")
    @Transactional
    @Operation(operationId = "replayOutboxEvent", summary = "Publish a parked outbox event again")
    public void replayOutbox(@PathParam("seq") long seq) {
        OutboxEvent event = OutboxEvent.findById(seq);
        if (event == null || event.status != OutboxEvent.Status.PARKED) {
            throw ApiException.notFound("Parked outbox event", seq);
        }
        event.replay(clock.instant());
    }

    @POST
    @Path("/inbox/{id}/replay")
    @Operation(operationId = "replayInboxEvent", summary = "Hand a parked received event to its consumer again")
    public Inbox.Outcome replayInbox(@PathParam("id") long id) {
        ParkedEvent parked = ParkedEvent.findById(id);
        if (parked == null || parked.replayedAt != null) {
            throw ApiException.notFound("Parked inbox event", id);
        }
        EventHandler handler = handlers.stream().filter(h -> h.name().equals(parked.consumer)).findFirst()
                .orElseThrow(() -> ApiException.conflict("No consumer named " + parked.consumer + " runs in this service"));
        Inbox.Outcome outcome = inbox.receive(handler, parked.topic, parked.payload);
        QuarkusTransaction.requiringNew().run(() -> ParkedEvent.update("replayedAt = ?1 where id = ?2", clock.instant(), id));
        return outcome;
    }
}
