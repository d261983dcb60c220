package uk.gov.dynamicframework.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import uk.gov.dynamicframework.gateway.GatewayConfig;
import uk.gov.dynamicframework.gateway.proxy.ServiceRoutes;

/** The gateway is ready when every service behind it is: it asks each one's readiness probe. */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements AsyncHealthCheck {

    private final ServiceRoutes routes;
    private final GatewayConfig config;
    private final WebClient client;

    public ServicesReadiness(ServiceRoutes routes, GatewayConfig config, Vertx vertx) {
        this.routes = routes;
        this.config = config;
        this.client = WebClient.create(vertx);
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<ServiceRoutes.Target> services = routes.services();
        List<Future<String>> probes = services.stream().map(this::probe).toList();
        return Uni.createFrom().completionStage(Future.join(probes).toCompletionStage().exceptionally(e -> null))
                .map(ignored -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
                    for (int i = 0; i < services.size(); i++) {
                        Future<String> probe = probes.get(i);
                        String state = probe.succeeded() ? probe.result() : "unreachable";
                        response.withData(services.get(i).service(), state);
                        if (!"UP".equals(state)) {
                            response.down();
                        }
                    }
                    return response.build();
                });
    }

    private Future<String> probe(ServiceRoutes.Target target) {
        return client.getAbs(target.url() + "/q/health/ready").timeout(config.healthTimeout().toMillis()).send()
                .map(r -> r.statusCode() == 200 ? "UP" : "DOWN (" + r.statusCode() + ")");
    }
}
