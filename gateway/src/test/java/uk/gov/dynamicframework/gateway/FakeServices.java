package uk.gov.dynamicframework.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.gov.dynamicframework.devtools.TestTokens;

/**
 * Stands in for the services behind the gateway, over real HTTP: one that answers (echoing what it received),
 * one slow path, one that breaks the connection, and a second service that is not running at all.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            switch (request.path()) {
                case "/q/health/ready" -> request.response().end("{\"status\":\"UP\"}");
                case "/q/openapi" -> request.response().putHeader("Content-Type", "application/json").end("""
                        {"openapi":"3.1.0","paths":{"/v1/organisations":{"get":{"operationId":"listOrganisations"}},
                         "/ops/events":{"get":{}}},"components":{"schemas":{"Problem":{"type":"object"}}}}""");
                case "/v1/organisations/slow" -> vertx.setTimer(3_000, t -> request.response().end("{}"));
                case "/v1/organisations/broken" -> request.connection().close();
                default -> request.body().onSuccess(body -> {
                    JsonObject echo = new JsonObject().put("method", request.method().name()).put("uri", request.uri())
                            .put("body", body.toString());
                    request.headers().forEach(h -> echo.put("header-" + h.getKey().toLowerCase(), h.getValue()));
                    request.response().putHeader("Content-Type", "application/json").setStatusCode(200).end(echo.encode());
                });
            }
        });
        int port;
        try {
            port = server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "gateway.services.provider-registry.url", "http://localhost:" + port,
                "gateway.services.competition-service.url", "http://localhost:" + freePort(),
                "gateway.timeout", "1s",
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyLocation());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
