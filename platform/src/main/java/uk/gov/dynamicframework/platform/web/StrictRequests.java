package uk.gov.dynamicframework.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON mapper Quarkus REST uses for request and response bodies: the application's mapper, made strict for
 * reading. An unknown property, a duplicated property, a number where an enum is expected, {@code null} for a
 * number or trailing content after the body is refused (a 400 problem naming the field, written by
 * {@code ProblemMappers}), so a mass-assignment attempt such as {@code "frameworkStatus": "QUALIFIED"} is told, not
 * silently dropped.
 *
 * <p>Only request bodies are strict. The injectable {@link ObjectMapper} stays lenient, so event consumers (the inbox,
 * {@code CloudEvent.dataAs}) keep accepting events that carry members they do not know yet.
 */
@Provider
public class StrictRequests implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictRequests(ObjectMapper mapper) {
        this.strict = strict(mapper);
    }

    public static ObjectMapper strict(ObjectMapper lenient) {
        ObjectMapper strict = lenient.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        strict.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return strict;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }
}
