package uk.gov.dynamicframework.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.dynamicframework.platform.web.ParameterConverters;
import uk.gov.dynamicframework.platform.web.RequestIds;

/**
 * Writes every error as RFC 9457 problem details. Nothing internal (stack traces, SQL, class names) reaches the
 * caller: unexpected failures are logged with the request id and answered with a generic 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), e.violations(), e.extensions(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldViolation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Problem.FieldViolation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.FieldViolation::field));
        return respond(400, "validation", "Request is not valid",
                violations.size() + " field(s) are not valid", violations, Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return respond(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON: " + e.getOriginalMessage(), List.of(), Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = e.getOriginalMessage() == null ? "has a value of the wrong type" : firstLine(e.getOriginalMessage());
        if (e.getCause() instanceof InvalidValueException invalid) {
            field = field.isEmpty() ? invalid.member() : field + "." + invalid.member();
            message = invalid.reason();
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a property of this request";
        }
        if (field.isEmpty()) {
            return respond(400, "malformed-json", "Malformed JSON", "The request body cannot be read: " + message,
                    List.of(), Map.of(), uri);
        }
        return respond(400, "validation", "Request is not valid", field + ": " + message,
                List.of(new Problem.FieldViolation(field, message)), Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON", List.of(), Map.of(), uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Response r = respond(401, "unauthorized", "Authentication required",
                "A valid bearer token is required for this request", List.of(), Map.of(), uri);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this request", List.of(), Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(409, "concurrent-update", "Concurrent update",
                "Someone else changed this resource at the same time; read it again and retry", List.of(), Map.of(), uri);
    }

    /**
     * The database gave up a lock this request waited for (a deadlock with another transaction, or a lock timeout): the
     * request's transaction was rolled back, nothing changed, and the same request will most likely succeed again.
     */
    @ServerExceptionMapper({ jakarta.persistence.PessimisticLockException.class, jakarta.persistence.LockTimeoutException.class,
            org.hibernate.exception.LockAcquisitionException.class })
    public Response lockNotAcquired(RuntimeException e, UriInfo uri) {
        LOG.warnf("Lock not acquired on %s, answered 503: %s", uri == null ? null : uri.getPath(), e.toString());
        Response problem = respond(503, "busy", "Busy, try again",
                "Another request held what this one needed; nothing was changed, send it again", List.of(), Map.of(), uri);
        return Response.fromResponse(problem).header("Retry-After", "1").build();
    }

    /** Two requests racing to create the same thing: the database's unique constraint decides, the loser gets 409. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() != org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return unexpected(e, uri);
        }
        return respond(409, "conflict", "Conflict with the current state",
                "Another request has just created the same resource; read it before trying again", List.of(), Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response parameter(ParameterConverters.InvalidParameterException e, UriInfo uri) {
        return respond(400, "validation", "Request is not valid", e.getMessage(),
                List.of(new Problem.FieldViolation(e.parameter(), e.reason())), Map.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof ParameterConverters.InvalidParameterException invalid) {
            return parameter(invalid, uri);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter does not convert; it is the request that is wrong
            return respond(400, "validation", "Request is not valid", "A path or query parameter is not valid",
                    List.of(), Map.of(), uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformed(parse, uri);
        }
        if (e.getCause() instanceof JsonProcessingException || status == 400 && e.getCause() instanceof java.io.IOException) {
            return respond(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON", List.of(),
                    Map.of(), uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Request failed" : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 415 -> "Send the body as application/json";
            case 406 -> "This resource is available as application/json";
            default -> title;
        };
        return respond(status, "http-" + status, title, detail, List.of(), Map.of(), uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri == null ? null : uri.getPath());
        return respond(500, "internal", "Internal error",
                "The request could not be completed; quote the request id when reporting it", List.of(), Map.of(), uri);
    }

    static Response respond(int status, String slug, String title, String detail, List<Problem.FieldViolation> violations,
            Map<String, Object> extensions, UriInfo uri) {
        Problem problem = new Problem("urn:df:problem:" + slug, title, status, detail, uri == null ? null : uri.getPath(),
                (String) MDC.get(RequestIds.MDC_KEY), violations, extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code register.request.legalIdentifiers[0].value} becomes {@code legalIdentifiers[0].value}. */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (Iterator<Path.Node> it = nodes.iterator(); it.hasNext();) {
            Path.Node node = it.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && it.hasNext()) {
                continue;
            }
            if (node.getName() == null && node.getIndex() == null && node.getKey() == null) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        // Jackson names Java types; callers know JSON types
        return line.replaceAll("`[a-z]+(\\.[A-Za-z0-9_$]+)+`", "value").replaceAll("\\(class [^)]*\\)", "").trim();
    }
}
