package uk.gov.dynamicframework.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.dynamicframework.platform.problem.Problem;

/**
 * The HTTP layer's own refusals as problem details, like every other error: a body over
 * {@code quarkus.http.limits.max-body-size} (413), a request line over {@code df.http.max-uri-length} (414) and
 * headers over {@code df.http.max-header-size} (431) are refused here, before any other handler, and requests
 * that reach no route (404, 405, ...) are answered as problems too. Quarkus REST's own refusals (405, 406, 415)
 * are mapped by {@code ProblemMappers}.
 *
 * <p>Vert.x's codec limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * well above these in each service's {@code application.properties}, because a request the codec refuses never
 * reaches a handler and gets Vert.x's bare 414/431/400 without a body; only requests beyond those (64 KiB) or
 * that are not HTTP at all are answered that way.
 */
@ApplicationScoped
public class HttpRefusals {

    /** Limits this class enforces; the body limit is Quarkus's own {@code quarkus.http.limits.max-body-size}. */
    @ConfigMapping(prefix = "df.http")
    public interface Limits {
        /** The longest request target (path and query) answered, in characters. */
        @WithDefault("4096")
        int maxUriLength();

        /** The largest header section (names, values and separators), in bytes. */
        @WithDefault("16384")
        int maxHeaderSize();
    }

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad Request", 404, "Not Found", 405, "Method Not Allowed", 406, "Not Acceptable",
            413, "Content Too Large", 414, "URI Too Long", 415, "Unsupported Media Type",
            431, "Request Header Fields Too Large");

    private final Limits limits;
    private final long maxBody;

    public HttpRefusals(Limits limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.limits = limits;
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        // before Quarkus's own body-size check (order -2), which answers 413 without a body
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
        for (int status : TITLES.keySet()) {
            router.errorHandler(status, ctx -> send(ctx, status, detailFor(status, ctx)));
        }
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > limits.maxUriLength()) {
            send(ctx, 414, "The request target is longer than " + limits.maxUriLength() + " characters");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderSize()) {
            send(ctx, 431, "The request headers are larger than " + limits.maxHeaderSize() + " bytes");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && exceeds(length)) {
            // the body is not read: close the connection rather than parse it as the next request
            ctx.response().putHeader("Connection", "close");
            send(ctx, 413, "The request body is larger than " + maxBody + " bytes");
            return;
        }
        ctx.next();
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return contentLength.length() > 19;
        }
    }

    private static String detailFor(int status, RoutingContext ctx) {
        return switch (status) {
            case 404 -> "No resource at " + ctx.request().path();
            case 405 -> "This method is not allowed on " + ctx.request().path();
            case 413 -> "The request body is too large";
            default -> TITLES.get(status);
        };
    }

    /** The path, unless it is the over-long thing being refused. */
    private static String instance(String path) {
        return path == null || path.length() > 256 ? null : path;
    }

    static void send(RoutingContext ctx, int status, String detail) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        String requestId = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        JsonObject problem = new JsonObject()
                .put("type", "urn:df:problem:http-" + status)
                .put("title", TITLES.getOrDefault(status, "Request refused"))
                .put("status", status)
                .put("detail", detail)
                .put("requestId", requestId);
        String instance = instance(ctx.request().path());
        if (instance != null) {
            problem.put("instance", instance);
        }
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(problem.encode());
    }
}
