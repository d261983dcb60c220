package uk.gov.dynamicframework.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml cannot run here (no Docker engine); this checks that it parses and is complete. */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("df.root", "..")).toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws Exception {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Object>) compose.get("services");
        }
    }

    @Test
    void namesTheInfrastructureEveryServiceAndTheGateway() throws Exception {
        assertThat(services()).containsKeys("postgres", "kafka", "provider-registry", "competition-service",
                "contract-service", "supply-chain-service", "gateway");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAppIsBuiltFromItsDockerfileWithHealthCheckAndConfiguration() throws Exception {
        for (String app : List.of("provider-registry", "competition-service", "contract-service", "supply-chain-service",
                "gateway")) {
            Map<String, Object> service = (Map<String, Object>) services().get(app);
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(ROOT.resolve(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile"))))
                    .as(app + " Dockerfile").exists();
            assertThat(service).as(app).containsKeys("healthcheck", "environment", "depends_on");
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(env).as(app).containsKey("JWT_PUBLIC_KEY_LOCATION");
            if (!app.equals("gateway")) {
                assertThat(env).as(app).containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS");
            }
        }
    }
}
