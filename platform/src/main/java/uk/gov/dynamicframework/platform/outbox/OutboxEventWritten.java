package uk.gov.dynamicframework.platform.outbox;

/**
 * Fired (synchronous CDI event) by {@link Outbox} inside the caller's transaction each time it records an event, so
 * a service can keep a read model of its own in step with the change, in the same transaction: observe it with
 * {@code @Observes}. Observers with {@code during = TransactionPhase.AFTER_SUCCESS} run once the change is committed
 * ({@link OutboxRelay} wakes up that way instead of waiting for its next poll).
 */
public record OutboxEventWritten(String topic, String type, String aggregateId, Object data) {
}
