package uk.gov.dynamicframework.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details object, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "URI naming the kind of problem", examples = "urn:df:problem:validation") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Request is not valid") String title,
        @Schema(description = "HTTP status", examples = "400") int status,
        @Schema(description = "What went wrong in this case") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Correlation id of the request (X-Request-Id)") String requestId,
        @Schema(description = "Every invalid field, for validation problems") List<FieldViolation> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** One invalid field: its JSON path in the request and what is wrong with it. */
    @Schema(name = "FieldViolation")
    public record FieldViolation(
            @Schema(examples = "legalIdentifiers[0].value") String field,
            @Schema(examples = "must match GB-CHC-<registered charity number>") String message) {
    }
}
