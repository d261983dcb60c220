package uk.gov.dynamicframework.platform.inbox;

import uk.gov.dynamicframework.platform.events.CloudEvent;

/**
 * A consumer's effect for the events it receives. {@link Inbox} calls it inside a transaction that also records the
 * event id, so each event takes effect exactly once. Event types it does not care about are simply ignored.
 */
public interface EventHandler {

    /** A stable name, recorded with processed and parked events; one per handler in a service. */
    String name();

    void handle(CloudEvent event);
}
