package uk.gov.dynamicframework.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.dynamicframework.gateway.proxy.ServiceRoutes;

/**
 * The suite's API documentation: {@code /q/openapi} merges the services' documents (re-read at most every
 * few seconds, so a service that comes up later appears), and {@code /q/swagger-ui} shows it.
 */
@ApplicationScoped
public class SuiteDocumentation {

    private static final long CACHE_MILLIS = 5_000;
    private static final String TITLE = "Dynamic Framework API";
    private static final String DESCRIPTION = "Commissioning of probation rehabilitation and resettlement services in "
            + "England and Wales on a dynamic framework: providers join and qualify, commissioners run mini-competitions, "
            + "agreements are made and supply chains are visible. One document for the whole suite, served by the gateway.";

    private final ServiceRoutes routes;
    private final ObjectMapper mapper;
    private final OpenApiMerger merger;
    private final String swaggerUiPage;
    private WebClient client;
    private volatile String cached;
    private volatile long cachedAt;

    public SuiteDocumentation(ServiceRoutes routes, ObjectMapper mapper) {
        this.routes = routes;
        this.merger = new OpenApiMerger(mapper);
        this.swaggerUiPage = resource("swagger-ui.html");
        this.mapper = mapper;
    }

    void register(@Observes Router router, Vertx vertx) {
        client = WebClient.create(vertx);
        router.get("/q/openapi").handler(this::openapi);
        router.get("/q/openapi.json").handler(this::openapi);
        router.get("/q/swagger-ui").handler(ctx -> ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .end(swaggerUiPage));
        router.get("/").handler(ctx -> ctx.redirect("/q/swagger-ui/"));
    }

    private void openapi(RoutingContext ctx) {
        String document = cached;
        if (document != null && System.currentTimeMillis() - cachedAt < CACHE_MILLIS) {
            ctx.response().putHeader("Content-Type", "application/json").end(document);
            return;
        }
        List<ServiceRoutes.Target> services = routes.services();
        List<Future<JsonNode>> reads = services.stream().map(this::read).toList();
        Future.join(reads).onComplete(ignored -> {
            Map<String, JsonNode> documents = new LinkedHashMap<>();
            for (int i = 0; i < services.size(); i++) {
                documents.put(services.get(i).service(), reads.get(i).succeeded() ? reads.get(i).result() : null);
            }
            String merged = merger.merge(documents, TITLE, DESCRIPTION).toString();
            if (reads.stream().allMatch(Future::succeeded)) {
                cached = merged;
                cachedAt = System.currentTimeMillis();
            }
            ctx.response().putHeader("Content-Type", "application/json").end(merged);
        });
    }

    private Future<JsonNode> read(ServiceRoutes.Target target) {
        return client.getAbs(target.url() + "/q/openapi?format=json").timeout(3_000).send().map(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(target.service() + " answered " + response.statusCode());
            }
            try {
                return mapper.readTree(response.bodyAsString());
            } catch (IOException e) {
                throw new IllegalStateException(target.service() + " sent an unreadable OpenAPI document", e);
            }
        });
    }

    private static String resource(String name) {
        try (InputStream in = SuiteDocumentation.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Missing " + name, e);
        }
    }
}
