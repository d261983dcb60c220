package uk.gov.dynamicframework.devtools;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * A real Apache Kafka broker (KRaft, single node, broker and controller in one), from the Maven Central jars.
 * With a data directory it keeps its topics across restarts, as the local run and the outage tests need.
 */
public final class LocalKafka implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;

    private LocalKafka(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * Starts a broker on {@code port} (0 for any free port). {@code dataDir} null means a temporary directory,
     * deleted on close.
     */
    public static LocalKafka start(int port, int controllerPort, Path dataDir) {
        long started = System.nanoTime();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker();
        storedClusterId(dataDir).ifPresent(broker::withClusterId);
        broker
                .withKafkaHost("localhost")
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(dataDir == null)
                .withAdditionalProperties(props -> {
                    props.put("num.partitions", "3");
                    props.put("auto.create.topics.enable", "true");
                    props.put("group.initial.rebalance.delay.ms", "0");
                    if (dataDir != null) {
                        props.put("log.dir", dataDir.toAbsolutePath().toString());
                    }
                })
                .start();
        LocalKafka kafka = new LocalKafka(broker);
        System.out.printf("[devtools] Apache Kafka %s broker (KRaft) started at %s in %d ms%n",
                AppInfoParser.getVersion(), kafka.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
        return kafka;
    }

    /** A data directory formatted before keeps its cluster id: the broker refuses to start under another. */
    private static Optional<String> storedClusterId(Path dataDir) {
        Path meta = dataDir == null ? null : dataDir.resolve("meta.properties");
        if (meta == null || !Files.exists(meta)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (var in = Files.newInputStream(meta)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + meta, e);
        }
        return Optional.ofNullable(properties.getProperty("cluster.id"));
    }

    public String bootstrapServers() {
        return broker.getAdvertisedListeners().replace("PLAINTEXT://", "");
    }

    @Override
    public void close() {
        broker.close();
        System.out.printf("[devtools] Kafka broker at %s stopped%n", bootstrapServers());
    }
}
