package uk.gov.dynamicframework.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** deploy/k8s cannot be applied here; this checks that every app is there with probes, resources and configuration. */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of(System.getProperty("df.root", "..")).toAbsolutePath().normalize()
            .resolve("deploy/k8s");
    private static final List<String> APPS = List.of("provider-registry", "competition-service", "contract-service",
            "supply-chain-service", "gateway");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(K8S.resolve(file))) {
            new Yaml().loadAll(reader).forEach(d -> documents.add((Map<String, Object>) d));
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> node, String... path) {
        Object value = node;
        for (String key : path) {
            value = value instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    @Test
    void theKustomizationNamesEveryManifest() throws IOException {
        List<String> resources = at(documents("kustomization.yaml").get(0), "resources");
        assertThat(resources).contains("config.yaml");
        for (String app : APPS) {
            assertThat(resources).contains(app + ".yaml");
        }
    }

    @Test
    void everyAppHasProbesResourcesConfigurationAndAService() throws IOException {
        for (String app : APPS) {
            List<Map<String, Object>> documents = documents(app + ".yaml");
            Map<String, Object> deployment = documents.stream().filter(d -> "Deployment".equals(d.get("kind"))).findFirst()
                    .orElseThrow(() -> new AssertionError(app + " has no Deployment"));
            Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", "0");
            // traffic goes to an instance that can serve it: a Kafka outage or another service's must not stop it
            assertThat((String) at(container, "readinessProbe", "httpGet", "path")).as(app)
                    .isEqualTo(app.equals("gateway") ? "/q/health/live" : "/q/health/group/traffic");
            assertThat((String) at(container, "livenessProbe", "httpGet", "path")).as(app).isEqualTo("/q/health/live");
            assertThat((Map<String, Object>) at(container, "resources", "limits")).as(app).containsKeys("cpu", "memory");
            assertThat((String) at(container, "envFrom", "0", "configMapRef", "name")).as(app).isEqualTo("df-config");
            assertThat(documents).as(app + " Service").anyMatch(d -> "Service".equals(d.get("kind"))
                    && app.equals(at(d, "metadata", "name")));
        }
    }
}
