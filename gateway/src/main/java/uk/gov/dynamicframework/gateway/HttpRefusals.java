package uk.gov.dynamicframework.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The HTTP layer's own refusals as problem details, like every other answer of the suite: a body over
 * {@code quarkus.http.limits.max-body-size} (413), a request target over {@code gateway.max-uri-length} (414),
 * headers over {@code gateway.max-header-size} (431), and requests no route takes (404, 405, ...). Checked before
 * any other handler, Quarkus's own body-size check (which answers 413 without a body) included.
 *
 * <p>Vert.x's codec limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set
 * well above these, because what the codec refuses never reaches a handler and gets a bare 414/431/400; only
 * requests beyond those (64 KiB), or that are not HTTP at all, are answered that way.
 */
@ApplicationScoped
public class HttpRefusals {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad Request", 404, "Not Found", 405, "Method Not Allowed", 406, "Not Acceptable",
            413, "Content Too Large", 414, "URI Too Long", 415, "Unsupported Media Type",
            431, "Request Header Fields Too Large");

    /** Set on the routing context once the request has been read and is being forwarded. */
    public static final String FORWARDING = "df.forwarding";
    private static final Logger LOG = Logger.getLogger(HttpRefusals.class);

    private final GatewayConfig config;
    private final long maxBody;

    public HttpRefusals(GatewayConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBody) {
        this.config = config;
        this.maxBody = maxBody.asLongValue();
    }

    /** The body limit the proxy's own body handler applies, the same as Quarkus's. */
    public long maxBody() {
        return maxBody;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 100).handler(this::check);
        for (int status : TITLES.keySet()) {
            router.errorHandler(status, ctx -> send(ctx, status, detailFor(status, ctx)));
        }
    }

    /** A failed route (the body handler's 413 for a chunked body over the limit, ...) answered as a problem. */
    public void failed(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (TITLES.containsKey(status)) {
            if (status == 413) {
                ctx.response().putHeader("Connection", "close");
            }
            send(ctx, status, detailFor(status, ctx));
        } else if (status >= 400 && status < 500) {
            send(ctx, status, "The request was refused");
        } else if (ctx.get(FORWARDING) == null) {
            // failed while reading the request (a form or multipart body that does not decode, ...): the caller's
            LOG.debugf(ctx.failure(), "Unreadable request %s %s", ctx.request().method(), ctx.request().path());
            send(ctx, 400, "The request body cannot be read as its Content-Type says");
        } else {
            LOG.errorf(ctx.failure(), "Unexpected failure on %s %s", ctx.request().method(), ctx.request().path());
            Problems.send(ctx, 500, "internal", "Internal error",
                    "The request could not be completed; quote the request id when reporting it");
        }
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > config.maxUriLength()) {
            send(ctx, 414, "The request target is longer than " + config.maxUriLength() + " characters");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderSize()) {
            send(ctx, 431, "The request headers are larger than " + config.maxHeaderSize() + " bytes");
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

    private void send(RoutingContext ctx, int status, String detail) {
        if (ctx.get(RequestIds.CONTEXT_KEY) == null) {
            ctx.put(RequestIds.CONTEXT_KEY, RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER)));
        }
        if (!ctx.response().headWritten()) {
            ctx.response().putHeader(RequestIds.HEADER, (String) ctx.get(RequestIds.CONTEXT_KEY));
        }
        Problems.send(ctx, status, "http-" + status, TITLES.getOrDefault(status, "Request refused"), detail);
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBody;
        } catch (NumberFormatException e) {
            return contentLength.length() > 19;
        }
    }

    private String detailFor(int status, RoutingContext ctx) {
        return switch (status) {
            case 404 -> "No resource at " + ctx.request().path();
            case 405 -> "This method is not allowed on " + ctx.request().path();
            case 413 -> "The request body is larger than " + maxBody + " bytes";
            default -> TITLES.getOrDefault(status, "Request refused");
        };
    }
}
