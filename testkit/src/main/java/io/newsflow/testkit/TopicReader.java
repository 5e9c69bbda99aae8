package io.newsflow.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads a topic from the beginning in tests, until enough records arrived or a deadline passed. */
public final class TopicReader {

    private TopicReader() {
    }

    /**
     * Reads records of committed transactions until {@code expected} arrived, then keeps polling briefly for
     * extra ones (so a test can see that no more came), or fails after {@code timeout}.
     */
    public static <K, V> List<ConsumerRecord<K, V>> read(Infrastructure infra, String topic, Deserializer<K> keys,
                                                         Deserializer<V> values, int expected, Duration timeout) {
        Map<String, Object> config = new HashMap<>(infra.kafkaProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, Infrastructure.uniqueName("reader"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, keys, values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            if (records.size() < expected) {
                throw new AssertionError("expected " + expected + " records on " + topic + " within " + timeout
                        + ", got " + records.size());
            }
            // a short grace period to catch records beyond the expected count
            long grace = System.nanoTime() + Duration.ofMillis(500).toNanos();
            while (System.nanoTime() < grace) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }
}
