package uk.gov.dynamicframework.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TopicRecorder;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents;

/** Reads what really reached Kafka on the organisations topic, as a consuming service would. */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    /** The first CloudEvent of {@code type} keyed by {@code organisationId} matching {@code also}, waiting up to 20s. */
    public static JsonNode awaitEvent(String organisationId, String type, java.util.function.Predicate<JsonNode> also) {
        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), OrganisationEvents.TOPIC)) {
            return json(topic.awaitOne(r -> organisationId.equals(r.key()) && type.equals(json(r.value()).path("type").asText())
                    && also.test(json(r.value())), Duration.ofSeconds(20)).value());
        }
    }

    public static JsonNode awaitEvent(String organisationId, String type) {
        return awaitEvent(organisationId, type, e -> true);
    }

    public static JsonNode json(String value) {
        try {
            return JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
