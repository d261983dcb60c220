package uk.gov.dynamicframework.gateway.proxy;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.ConnectException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import uk.gov.dynamicframework.gateway.GatewayConfig;
import uk.gov.dynamicframework.gateway.HttpRefusals;
import uk.gov.dynamicframework.gateway.Problems;
import uk.gov.dynamicframework.gateway.RequestIds;
import uk.gov.dynamicframework.gateway.security.EdgeAuthentication;

/**
 * Forwards {@code /v1/...} to the service that owns the path, with the caller's token and the correlation id.
 * A service that is down answers 503, one that is slow 504, one that breaks the exchange 502: always problem
 * details, never a hang.
 */
@ApplicationScoped
public class ProxyRoute {

    private static final Logger LOG = Logger.getLogger(ProxyRoute.class);
    /** Hop-by-hop headers (RFC 9110 7.6.1) and those the proxy sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    /** Methods the services' APIs use; anything else (TRACE, CONNECT, WebDAV, invented ones) stops here. */
    private static final Set<HttpMethod> FORWARDED_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final GatewayConfig config;
    private final ServiceRoutes routes;
    private final EdgeAuthentication authentication;
    private final RateLimiter rateLimiter;
    private final Vertx vertx;
    private WebClient client;

    private final HttpRefusals refusals;

    public ProxyRoute(GatewayConfig config, ServiceRoutes routes, EdgeAuthentication authentication, Vertx vertx,
            HttpRefusals refusals) {
        this.config = config;
        this.refusals = refusals;
        this.routes = routes;
        this.authentication = authentication;
        this.vertx = vertx;
        this.rateLimiter = new RateLimiter(config.rateLimit().perSecond(), config.rateLimit().burst(), System::nanoTime);
    }

    void start(@Observes StartupEvent ignored) {
        client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(50)
                .setFollowRedirects(false));
    }

    void register(@Observes Router router) {
        // a body over the limit fails the route with 413, which HttpRefusals answers as a problem
        router.route("/v1/*").handler(BodyHandler.create().setBodyLimit(refusals.maxBody())).handler(this::correlate)
                .handler(this::forward).failureHandler(refusals::failed);
    }

    private void correlate(RoutingContext ctx) {
        String requestId = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(RequestIds.CONTEXT_KEY, requestId);
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        ctx.next();
    }

    private void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        ctx.put(HttpRefusals.FORWARDING, true);
        if (!FORWARDED_METHODS.contains(in.method())) {
            ctx.response().putHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            Problems.send(ctx, 405, "http-405", "Method Not Allowed", in.method().name() + " is not served here");
            return;
        }
        if (in.path().toLowerCase(Locale.ROOT).contains("%2f") || !in.path().equals(ctx.normalizedPath())) {
            Problems.send(ctx, 400, "bad-path", "Bad Request", "The path must be plain: no encoded slashes, no dot segments");
            return;
        }
        var target = routes.match(in.path());
        if (target.isEmpty()) {
            Problems.send(ctx, 404, "not-found", "Not Found", "No service offers " + in.path());
            return;
        }
        authentication.check(ctx).onComplete(checked -> {
            if (checked.failed()) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
                Problems.send(ctx, 401, "unauthorized", "Authentication required", checked.cause().getMessage());
                return;
            }
            String client = checked.result().orElseGet(() -> String.valueOf(in.remoteAddress().hostAddress()));
            if (config.rateLimit().enabled() && !rateLimiter.tryAcquire(client)) {
                ctx.response().putHeader("Retry-After", "1");
                Problems.send(ctx, 429, "rate-limited", "Too Many Requests",
                        "More than " + config.rateLimit().perSecond() + " requests a second; slow down and retry");
                return;
            }
            send(ctx, target.get());
        });
    }

    private void send(RoutingContext ctx, ServiceRoutes.Target target) {
        HttpServerRequest in = ctx.request();
        String requestId = ctx.get(RequestIds.CONTEXT_KEY);
        long started = System.nanoTime();
        HttpRequest<Buffer> out = client.requestAbs(in.method(), target.url() + in.uri())
                .timeout(config.timeout().toMillis());
        copyHeaders(in.headers(), out.headers());
        out.putHeader(RequestIds.HEADER, requestId)
                .putHeader("X-Forwarded-For", String.valueOf(in.remoteAddress().hostAddress()))
                .putHeader("X-Forwarded-Proto", in.scheme())
                .putHeader("X-Forwarded-Host", String.valueOf(in.authority()));
        Buffer body = ctx.body().buffer();
        out.sendBuffer(body == null ? Buffer.buffer() : body).onComplete(result -> {
            long ms = (System.nanoTime() - started) / 1_000_000;
            if (result.succeeded()) {
                HttpResponse<Buffer> response = result.result();
                LOG.infof("%s %s -> %s %d in %d ms [req=%s]", in.method(), in.uri(), target.service(),
                        response.statusCode(), ms, requestId);
                ctx.response().setStatusCode(response.statusCode());
                copyHeaders(response.headers(), ctx.response().headers());
                ctx.response().putHeader(RequestIds.HEADER, requestId);
                Buffer answer = response.body();
                ctx.response().end(answer == null ? Buffer.buffer() : answer);
            } else {
                failed(ctx, target, result.cause(), ms, requestId);
            }
        });
    }

    private void failed(RoutingContext ctx, ServiceRoutes.Target target, Throwable cause, long ms, String requestId) {
        LOG.warnf("%s %s -> %s failed after %d ms [req=%s]: %s", ctx.request().method(), ctx.request().uri(),
                target.service(), ms, requestId, cause.toString());
        if (cause instanceof TimeoutException) {
            Problems.send(ctx, 504, "gateway-timeout", "Gateway Timeout",
                    target.service() + " did not answer within " + config.timeout().toSeconds() + " s; try again later");
        } else if (cause instanceof ConnectException) {
            ctx.response().putHeader("Retry-After", "5");
            Problems.send(ctx, 503, "service-unavailable", "Service Unavailable",
                    target.service() + " is not available at the moment; try again shortly");
        } else {
            Problems.send(ctx, 502, "bad-gateway", "Bad Gateway",
                    target.service() + " broke off the exchange; try again later");
        }
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }
}
