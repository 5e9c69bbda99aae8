package io.newsflow.topics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.kafka.common.config.TopicConfig;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Rejection;

/**
 * The topic registry: every topic newsflow reads or writes, described once. Names, partitions and replication
 * come from config ({@code NEWSFLOW_TOPIC_<ID>}, {@code NEWSFLOW_TOPIC_<ID>_PARTITIONS},
 * {@code NEWSFLOW_TOPIC_REPLICATION}), with the defaults below.
 */
public final class Topics {

    static {
        io.newsflow.schemas.AvroTrust.install();
    }

    public static final String RAW = "raw";
    public static final String ENRICHED = "enriched";
    public static final String REJECTED = "rejected";

    /** Article id as a UTF-8 string. */
    public static final String KEY_ARTICLE_ID = "string (article id)";
    /** Raw articles are big (original bytes); keep a week so enrich can be re-run from the start. */
    static final String RAW_RETENTION_MS = Long.toString(7L * 24 * 60 * 60 * 1000);
    /** Rejections are for people to inspect; keep them a month. */
    static final String REJECTED_RETENTION_MS = Long.toString(30L * 24 * 60 * 60 * 1000);
    /** Three partitions let a laptop run up to three enrich or sink instances; production sets more. */
    static final int DEFAULT_PARTITIONS = 3;

    private final Map<String, TopicSpec> byId;

    private Topics(Map<String, TopicSpec> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /** The registry with default names and layout. */
    public static Topics defaults() {
        return fromEnv(Map.of());
    }

    /** The registry configured from environment variables (see the class comment). */
    public static Topics fromEnv(Map<String, String> env) {
        short replication = Short.parseShort(env.getOrDefault("NEWSFLOW_TOPIC_REPLICATION", "1"));
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        add(specs, env, new TopicSpec(RAW, "news.articles.raw", KEY_ARTICLE_ID, RawArticle.class,
                DEFAULT_PARTITIONS, replication, TopicConfig.CLEANUP_POLICY_DELETE,
                Map.of(TopicConfig.RETENTION_MS_CONFIG, RAW_RETENTION_MS,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024))));
        // Compacted: the latest enrichment of each article is the table downstream consumers rebuild from.
        add(specs, env, new TopicSpec(ENRICHED, "news.articles.enriched", KEY_ARTICLE_ID, EnrichedArticle.class,
                DEFAULT_PARTITIONS, replication, TopicConfig.CLEANUP_POLICY_COMPACT, Map.of()));
        add(specs, env, new TopicSpec(REJECTED, "news.articles.rejected", KEY_ARTICLE_ID, Rejection.class,
                1, replication, TopicConfig.CLEANUP_POLICY_DELETE,
                Map.of(TopicConfig.RETENTION_MS_CONFIG, REJECTED_RETENTION_MS,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(8 * 1024 * 1024))));
        return new Topics(specs);
    }

    private static void add(Map<String, TopicSpec> specs, Map<String, String> env, TopicSpec spec) {
        String prefix = "NEWSFLOW_TOPIC_" + spec.id().toUpperCase(Locale.ROOT);
        String name = env.getOrDefault(prefix, spec.name());
        int partitions = Integer.parseInt(env.getOrDefault(prefix + "_PARTITIONS", Integer.toString(spec.partitions())));
        specs.put(spec.id(), new TopicSpec(spec.id(), name, spec.keyType(), spec.valueType(), partitions,
                spec.replication(), spec.cleanupPolicy(), spec.configs()));
    }

    /** The same registry with every topic name prefixed, e.g. to give each test its own topics. */
    public Topics withPrefix(String prefix) {
        Map<String, TopicSpec> renamed = new LinkedHashMap<>();
        byId.forEach((id, spec) -> renamed.put(id, spec.withName(prefix + spec.name())));
        return new Topics(renamed);
    }

    public TopicSpec get(String id) {
        TopicSpec spec = byId.get(id);
        if (spec == null) {
            throw new NoSuchElementException("no topic '" + id + "' in the registry; known: " + byId.keySet());
        }
        return spec;
    }

    public TopicSpec raw() {
        return get(RAW);
    }

    public TopicSpec enriched() {
        return get(ENRICHED);
    }

    public TopicSpec rejected() {
        return get(REJECTED);
    }

    public List<TopicSpec> all() {
        return new ArrayList<>(byId.values());
    }
}
