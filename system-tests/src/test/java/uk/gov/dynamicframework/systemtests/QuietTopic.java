package uk.gov.dynamicframework.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic from the beginning until it is quiet: no new record for {@code quiet}, within {@code atMost}.
 * For "exactly once" checks, which must see a late duplicate rather than stop at the expected count.
 */
final class QuietTopic {

    private QuietTopic() {
    }

    static List<ConsumerRecord<String, String>> readUntilQuiet(String bootstrapServers, String topic, Duration quiet,
            Duration atMost) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + atMost.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long lastNew = System.nanoTime();
            boolean assigned = false;
            while (System.nanoTime() < deadline) {
                var batch = consumer.poll(Duration.ofMillis(200));
                assigned |= !consumer.assignment().isEmpty();
                if (!batch.isEmpty()) {
                    batch.forEach(records::add);
                    lastNew = System.nanoTime();
                } else if (assigned && System.nanoTime() - lastNew >= quiet.toNanos()) {
                    return records;
                }
            }
        }
        throw new AssertionError("Topic " + topic + " was not quiet for " + quiet + " within " + atMost + "; read "
                + records.size() + " record(s)");
    }
}
