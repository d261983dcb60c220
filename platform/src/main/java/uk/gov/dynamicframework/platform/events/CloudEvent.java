package uk.gov.dynamicframework.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/**
 * A CloudEvents 1.0 event in JSON structured mode, as published on every Dynamic Framework topic.
 * {@code subject} is the id of the aggregate the event is about; it is also the Kafka record key.
 */
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public <T> T dataAs(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(data, type);
        } catch (Exception e) {
            throw new IllegalArgumentException("Event " + id + " (" + this.type + ") has data that is not a " + type.getSimpleName(), e);
        }
    }
}
