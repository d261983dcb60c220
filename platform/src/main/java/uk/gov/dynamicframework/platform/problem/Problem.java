package uk.gov.dynamicframework.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem details object, the body of every error response ({@code application/problem+json}).
 * Its OpenAPI schema is written by {@link ProblemResponsesFilter}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldViolation> errors,
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Members beyond RFC 9457's, such as the id of a conflicting resource, written at the top level. */
    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One invalid field: its JSON path in the request and what is wrong with it. */
    public record FieldViolation(String field, String message) {
    }
}
