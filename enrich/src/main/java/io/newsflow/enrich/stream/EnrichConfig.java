package io.newsflow.enrich.stream;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;

import io.newsflow.config.KafkaEnv;
import io.newsflow.enrich.dedup.SimHash;
import io.newsflow.topics.Topics;

/**
 * Typed configuration of the enrich service, from {@code NEWSFLOW_ENRICH_*}, {@code NEWSFLOW_SCHEMA_REGISTRY_*},
 * {@code NEWSFLOW_TOPIC_*} and {@code KAFKA_*} variables, validated when built.
 *
 * @param applicationId Streams application id (consumer group, internal topic prefix)
 * @param kafka         Kafka client properties (bootstrap.servers at least)
 * @param registry      serde properties (schema.registry.url, auth)
 * @param topics        the topic registry
 * @param stateDir      where Streams keeps its local state
 * @param threads       stream threads
 * @param dedupWindow   how far back near-duplicates are looked for
 * @param maxHamming    simhash bits two near-duplicates may differ in
 */
public record EnrichConfig(String applicationId, Map<String, Object> kafka, Map<String, Object> registry,
                           Topics topics, Path stateDir, int threads, Duration dedupWindow, int maxHamming) {

    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";
    /** A week: syndicated copies of a story appear within days. */
    public static final Duration DEFAULT_DEDUP_WINDOW = Duration.ofDays(7);
    /** EOS commits (and so end-to-end latency) every 100 ms, as Streams does by default under exactly-once. */
    static final int COMMIT_INTERVAL_MS = 100;

    public EnrichConfig {
        if (!kafka.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("enrich needs bootstrap.servers (KAFKA_BOOTSTRAP_SERVERS)");
        }
        if (registry.get("schema.registry.url") == null) {
            throw new IllegalArgumentException("enrich needs schema.registry.url (NEWSFLOW_SCHEMA_REGISTRY_URL)");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        if (maxHamming < 0 || maxHamming > 64) {
            throw new IllegalArgumentException("maxHamming must be within 0..64");
        }
        kafka = Map.copyOf(kafka);
        registry = Map.copyOf(registry);
    }

    /** From the environment; {@code overrides} (e.g. command-line flags) win. */
    public static EnrichConfig fromEnv(Map<String, String> env, Map<String, Object> kafkaOverrides,
                                       Map<String, Object> registryOverrides) {
        Map<String, Object> kafka = new HashMap<>(KafkaEnv.kafkaProperties(env));
        kafka.putAll(kafkaOverrides);
        Map<String, Object> registry = new HashMap<>(KafkaEnv.registryProperties(env, null));
        registry.putAll(registryOverrides);
        registry.values().removeIf(v -> v == null);
        return new EnrichConfig(
                env.getOrDefault("NEWSFLOW_ENRICH_APPLICATION_ID", DEFAULT_APPLICATION_ID),
                kafka, registry, Topics.fromEnv(env),
                Path.of(env.getOrDefault("NEWSFLOW_ENRICH_STATE_DIR",
                        env.getOrDefault("NEWSFLOW_DATA_DIR", "data") + "/enrich-state")),
                Integer.parseInt(env.getOrDefault("NEWSFLOW_ENRICH_THREADS", "1")),
                Duration.ofHours(Long.parseLong(env.getOrDefault("NEWSFLOW_ENRICH_DEDUP_WINDOW_HOURS",
                        Long.toString(DEFAULT_DEDUP_WINDOW.toHours())))),
                Integer.parseInt(env.getOrDefault("NEWSFLOW_ENRICH_MAX_HAMMING",
                        Integer.toString(SimHash.DEFAULT_HAMMING_THRESHOLD))));
    }

    /** The Kafka Streams properties: exactly-once v2, explicit naming, our exception handlers. */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.putAll(registry);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) topics.raw().replication());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                EnrichExceptionHandlers.Deserialization.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                EnrichExceptionHandlers.Processing.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                EnrichExceptionHandlers.Production.class.getName());
        p.put(DeadLetters.REJECTED_TOPIC_CONFIG, topics.rejected().name());
        return p;
    }

    @Override
    public String toString() {
        return "EnrichConfig[applicationId=" + applicationId + ", kafka=" + KafkaEnv.masked(kafka) + ", registry="
                + KafkaEnv.masked(registry) + ", stateDir=" + stateDir + ", threads=" + threads + ", dedupWindow="
                + dedupWindow + ", maxHamming=" + maxHamming + "]";
    }
}
