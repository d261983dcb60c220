package uk.gov.dynamicframework.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, raised by domain code and written as problem details. Extra members
 * (such as the id of a conflicting resource) go in {@link #with(String, Object)}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldViolation> violations;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ApiException(int status, String slug, String title, String detail, List<Problem.FieldViolation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Not found", what + " " + id + " does not exist", List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict with the current state", detail, List.of());
    }

    /** The request is well formed but breaks a business rule in the resource's current state. */
    public static ApiException rule(String slug, String detail) {
        return new ApiException(422, slug, "Business rule not met", detail, List.of());
    }

    public static ApiException invalid(String detail, List<Problem.FieldViolation> violations) {
        return new ApiException(400, "validation", "Request is not valid", detail, violations);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(field + ": " + message, List.of(new Problem.FieldViolation(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail, List.of());
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition failed", detail, List.of());
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "precondition-required", "Precondition required", detail, List.of());
    }

    public ApiException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldViolation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
