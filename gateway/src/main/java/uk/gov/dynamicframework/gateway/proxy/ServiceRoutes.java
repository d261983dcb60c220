package uk.gov.dynamicframework.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.dynamicframework.gateway.GatewayConfig;

/** Which service owns a path: the longest configured prefix that the path equals or continues with "/". */
@ApplicationScoped
public class ServiceRoutes {

    public record Target(String service, URI url) {
    }

    private record Prefix(String prefix, Target target) {
    }

    private final List<Prefix> prefixes = new ArrayList<>();
    private final List<Target> services = new ArrayList<>();

    public ServiceRoutes(GatewayConfig config) {
        config.services().forEach((name, service) -> {
            Target target = new Target(name, service.url());
            services.add(target);
            service.prefixes().forEach(p -> prefixes.add(new Prefix(p.trim(), target)));
        });
        prefixes.sort(Comparator.comparingInt((Prefix p) -> p.prefix.length()).reversed());
        services.sort(Comparator.comparing(Target::service));
    }

    public Optional<Target> match(String path) {
        return prefixes.stream()
                .filter(p -> path.equals(p.prefix) || path.startsWith(p.prefix + "/"))
                .map(Prefix::target)
                .findFirst();
    }

    public List<Target> services() {
        return List.copyOf(services);
    }
}
