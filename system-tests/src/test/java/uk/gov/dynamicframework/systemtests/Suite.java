package uk.gov.dynamicframework.systemtests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.gov.dynamicframework.devtools.LocalDatabases;
import uk.gov.dynamicframework.devtools.TestTokens;

/**
 * The whole suite, started once per test run: a Kafka broker process (so a test can stop and restart it), the four
 * services and the gateway from their built jars, each with a fresh database. Logs are in target/it-logs.
 */
public final class Suite {

    public static final List<String> SERVICES = List.of("provider-registry", "competition-service", "contract-service",
            "supply-chain-service");
    /** How often competition-service's DeadlineJob looks for competitions past their deadline or standstill. */
    public static final String DEADLINE_CHECK_EVERY = "1s";
    /** How often contract-service's LifecycleJob moves agreements live, expired and ending soon. */
    public static final String LIFECYCLE_CHECK_EVERY = "1s";
    private static Suite instance;

    private final Path root = Path.of(System.getProperty("df.root", "..")).toAbsolutePath().normalize();
    private final Path logs = root.resolve("system-tests/target/it-logs");
    private final Path kafkaData = root.resolve("system-tests/target/it-kafka");
    private final LocalDatabases databases = LocalDatabases.fromEnvironment();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> apps = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int kafkaPort = freePort();
    private final int kafkaControllerPort = freePort();
    private final boolean externalKafka = System.getenv("KAFKA_BOOTSTRAP_SERVERS") != null;
    private Process kafka;

    public static synchronized Suite get() {
        if (instance == null) {
            instance = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll));
            instance.startAll();
        }
        return instance;
    }

    private void startAll() {
        try {
            Files.createDirectories(logs);
            deleteRecursively(kafkaData);
            startKafka();
            for (String service : SERVICES) {
                databases.recreate(database(service));
                ports.put(service, freePort());
            }
            ports.put("gateway", freePort());
            for (String service : SERVICES) {
                Map<String, String> env = new LinkedHashMap<>();
                env.put("DB_URL", databases.jdbcUrl(database(service)));
                if (service.equals("competition-service")) {
                    // the deadline job runs every second, so a test sees competitions close and award by themselves
                    env.put("DEADLINE_CHECK_EVERY", DEADLINE_CHECK_EVERY);
                }
                if (service.equals("contract-service")) {
                    // the lifecycle job runs every second, so an agreement starting today goes live within seconds
                    env.put("LIFECYCLE_CHECK_EVERY", LIFECYCLE_CHECK_EVERY);
                }
                apps.put(service, startApp(service, env));
            }
            Map<String, String> routes = new LinkedHashMap<>();
            routes.put("PROVIDER_REGISTRY_URL", url("provider-registry"));
            routes.put("COMPETITION_SERVICE_URL", url("competition-service"));
            routes.put("CONTRACT_SERVICE_URL", url("contract-service"));
            routes.put("SUPPLY_CHAIN_SERVICE_URL", url("supply-chain-service"));
            apps.put("gateway", startApp("gateway", routes));
            for (String app : apps.keySet()) {
                awaitReady(app, Duration.ofSeconds(120));
            }
            System.out.printf("[system-tests] suite ready: gateway %s, Kafka %s%n", gatewayUrl(), bootstrapServers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String gatewayUrl() {
        return url("gateway");
    }

    public String url(String app) {
        return "http://localhost:" + ports.get(app);
    }

    public String bootstrapServers() {
        return externalKafka ? System.getenv("KAFKA_BOOTSTRAP_SERVERS") : "localhost:" + kafkaPort;
    }

    public boolean ownsKafka() {
        return !externalKafka;
    }

    public String jdbcUrl(String service) {
        return databases.jdbcUrl(database(service));
    }

    public LocalDatabases databases() {
        return databases;
    }

    public Path log(String app) {
        return logs.resolve(app + ".log");
    }

    /** Starts the broker process (again, after {@link #stopKafka()}, on the same ports and data). */
    public synchronized void startKafka() throws IOException {
        if (externalKafka) {
            return;
        }
        Path log = logs.resolve("kafka.log");
        long startsBefore = startedLines(log);
        kafka = new ProcessBuilder(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "uk.gov.dynamicframework.devtools.Devtools", "kafka", "--port", String.valueOf(kafkaPort),
                "--controller-port", String.valueOf(kafkaControllerPort), "--dir", kafkaData.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (startedLines(log) == startsBefore) {
            if (!kafka.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka did not start; see " + log);
            }
            sleep(200);
        }
        String started = Files.readAllLines(log).stream().filter(l -> l.contains("broker (KRaft) started")).reduce((a, b) -> b).orElse("");
        System.out.println(started);
    }

    private static long startedLines(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains("broker (KRaft) started")).count() : 0;
    }

    public synchronized void stopKafka() {
        if (kafka != null) {
            kafka.destroy();
            try {
                kafka.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kafka.destroyForcibly();
            System.out.println("[system-tests] Kafka broker stopped");
        }
    }

    private Process startApp(String app, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar",
                root.resolve(app + "/target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(app + ".log").toFile());
        builder.environment().put("HTTP_PORT", String.valueOf(ports.get(app)));
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        builder.environment().put("JWT_PUBLIC_KEY_LOCATION", TestTokens.publicKeyLocation());
        builder.environment().put("LOG_JSON", "false");
        builder.environment().put("DB_USER", databases.user());
        builder.environment().put("DB_PASSWORD", databases.password());
        builder.environment().putAll(env);
        return builder.start();
    }

    private void awaitReady(String app, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url(app) + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
        while (true) {
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (!apps.get(app).isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(app + " did not become ready; see " + log(app));
            }
            sleep(300);
        }
    }

    private void stopAll() {
        apps.values().forEach(Process::destroy);
        for (Process p : apps.values()) {
            try {
                p.waitFor(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.destroyForcibly();
        }
        stopKafka();
    }

    private static String database(String service) {
        return "df_it_" + service.replace('-', '_');
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
