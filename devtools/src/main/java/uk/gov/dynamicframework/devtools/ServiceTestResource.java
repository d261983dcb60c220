package uk.gov.dynamicframework.devtools;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * What a service's {@code @QuarkusTest}s run against: a real Kafka broker (started once per test JVM, or the one at
 * {@code KAFKA_BOOTSTRAP_SERVERS}), a fresh PostgreSQL database for this test run (init arg {@code database}), and
 * the test key pair for tokens ({@link TestTokens}).
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalKafka broker;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "df_test");
    }

    @Override
    public Map<String, String> start() {
        String bootstrap = bootstrapServers();
        LocalDatabases databases = LocalDatabases.fromEnvironment();
        databases.recreate(database);
        LocalTokens tokens = TestTokens.issuer();
        return Map.of(
                "quarkus.datasource.jdbc.url", databases.jdbcUrl(database),
                "quarkus.datasource.username", databases.user(),
                "quarkus.datasource.password", databases.password(),
                "kafka.bootstrap.servers", bootstrap,
                "mp.jwt.verify.publickey.location", tokens.publicKey().toUri().toString());
    }

    private static synchronized LocalKafka sharedBroker() {
        if (broker == null) {
            broker = LocalKafka.start(0, 0, null);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close));
        }
        return broker;
    }

    @Override
    public void stop() {
        // the broker lives as long as the test JVM, so every test class of the module shares it
    }

    /** Where the running test broker listens, for test consumers. */
    public static String bootstrapServers() {
        String bootstrap = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        return bootstrap == null || bootstrap.isBlank() ? sharedBroker().bootstrapServers() : bootstrap;
    }
}
