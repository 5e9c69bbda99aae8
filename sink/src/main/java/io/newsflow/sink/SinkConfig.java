package io.newsflow.sink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.newsflow.config.KafkaEnv;
import io.newsflow.topics.Topics;

/**
 * The sink's settings, read from environment variables and validated at start-up.
 *
 * <p>Precedence: an explicit {@code NEWSFLOW_SINK_*} variable, else the default below. {@code KAFKA_*} variables
 * pass through to the Kafka clients ({@code KAFKA_MAX_POLL_INTERVAL_MS} becomes {@code max.poll.interval.ms});
 * {@code KAFKA_BOOTSTRAP_SERVERS} is required only to run the consumer. Offsets are always committed by the sink
 * after the database commits, so {@code enable.auto.commit} is forced off and setting it to true is an error.
 * Topic names come from the registry ({@code NEWSFLOW_TOPIC_*}, see {@link Topics}).
 *
 * <p>Passwords (the DB password, {@code password=} in the JDBC URL, Kafka JAAS and SSL secrets) never appear in
 * {@link #toString()}.
 *
 * @param jdbcUrl        {@code NEWSFLOW_SINK_JDBC_URL}: jdbc:postgresql://… or jdbc:sqlite:path
 * @param dbUser         {@code NEWSFLOW_SINK_DB_USER}, or null to use the URL's
 * @param dbPassword     {@code NEWSFLOW_SINK_DB_PASSWORD}, or null to use the URL's
 * @param poolSize       {@code NEWSFLOW_SINK_POOL_SIZE}: most connections in the pool
 * @param batchSize      {@code NEWSFLOW_SINK_BATCH_SIZE}: most records per poll and per database transaction
 * @param connectTimeout {@code NEWSFLOW_SINK_CONNECT_TIMEOUT_MS}: how long to wait for a pooled connection
 * @param retry          {@code NEWSFLOW_SINK_RETRY_ATTEMPTS}, {@code _RETRY_BACKOFF_MS}, {@code _RETRY_MAX_BACKOFF_MS}
 * @param groupId        {@code NEWSFLOW_SINK_GROUP_ID}: the consumer group
 * @param pollTimeout    {@code NEWSFLOW_SINK_POLL_TIMEOUT_MS}: longest wait in one poll
 * @param topics         the topic registry
 * @param kafka          Kafka client properties from {@code KAFKA_*}
 */
public record SinkConfig(String jdbcUrl, String dbUser, String dbPassword, int poolSize, int batchSize,
                         Duration connectTimeout, RetryPolicy retry, String groupId, Duration pollTimeout,
                         Topics topics, Map<String, Object> kafka) {

    public static final String DEFAULT_JDBC_URL = "jdbc:sqlite:data/newsflow.db";
    /** A few connections: one writer per sink instance, plus queries and Flyway. */
    static final int DEFAULT_POOL_SIZE = 4;
    /** 500 rows fill a multi-row upsert well below PostgreSQL's 65,535 bind-parameter limit. */
    static final int DEFAULT_BATCH_SIZE = 500;
    /** Largest batch: one transaction must stay short enough to finish within max.poll.interval.ms. */
    static final int MAX_BATCH_SIZE = 10_000;
    /** HikariCP refuses connection timeouts below 250 ms. */
    static final long MIN_CONNECT_TIMEOUT_MS = 250;
    static final long DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
    /** 8 attempts with doubling back-off from 500 ms capped at 10 s ride out ~40 s of database outage. */
    static final int DEFAULT_RETRY_ATTEMPTS = 8;
    static final long DEFAULT_RETRY_BACKOFF_MS = 500;
    static final long DEFAULT_RETRY_MAX_BACKOFF_MS = 10_000;
    static final String DEFAULT_GROUP_ID = "newsflow-sink";
    static final long DEFAULT_POLL_TIMEOUT_MS = 1_000;

    private static final Pattern URL_SECRET = Pattern.compile("(?i)(password|sslpassword|sslkey)=[^&;]*");
    private static final String MASK = "****";

    public SinkConfig {
        kafka = Map.copyOf(kafka);
    }

    /** Reads and validates the settings; every problem is reported at once. */
    public static SinkConfig fromEnv(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        String url = env.getOrDefault("NEWSFLOW_SINK_JDBC_URL", DEFAULT_JDBC_URL).trim();
        try {
            Dialect.fromJdbcUrl(url);
        } catch (IllegalArgumentException e) {
            problems.add("NEWSFLOW_SINK_JDBC_URL: " + e.getMessage());
        }
        int pool = intVar(env, "NEWSFLOW_SINK_POOL_SIZE", DEFAULT_POOL_SIZE, 1, 1_000, problems);
        int batch = intVar(env, "NEWSFLOW_SINK_BATCH_SIZE", DEFAULT_BATCH_SIZE, 1, MAX_BATCH_SIZE, problems);
        long connect = longVar(env, "NEWSFLOW_SINK_CONNECT_TIMEOUT_MS", DEFAULT_CONNECT_TIMEOUT_MS,
                MIN_CONNECT_TIMEOUT_MS, problems);
        int attempts = intVar(env, "NEWSFLOW_SINK_RETRY_ATTEMPTS", DEFAULT_RETRY_ATTEMPTS, 1, 1_000, problems);
        long backoff = longVar(env, "NEWSFLOW_SINK_RETRY_BACKOFF_MS", DEFAULT_RETRY_BACKOFF_MS, 0, problems);
        long maxBackoff = longVar(env, "NEWSFLOW_SINK_RETRY_MAX_BACKOFF_MS", DEFAULT_RETRY_MAX_BACKOFF_MS, 0,
                problems);
        if (maxBackoff < backoff) {
            problems.add("NEWSFLOW_SINK_RETRY_MAX_BACKOFF_MS must be >= NEWSFLOW_SINK_RETRY_BACKOFF_MS");
            maxBackoff = backoff;
        }
        long poll = longVar(env, "NEWSFLOW_SINK_POLL_TIMEOUT_MS", DEFAULT_POLL_TIMEOUT_MS, 1, problems);
        String group = env.getOrDefault("NEWSFLOW_SINK_GROUP_ID", DEFAULT_GROUP_ID).trim();
        if (group.isEmpty()) {
            problems.add("NEWSFLOW_SINK_GROUP_ID must not be blank");
        }
        Map<String, Object> kafka = KafkaEnv.kafkaProperties(env);
        if ("true".equalsIgnoreCase(String.valueOf(kafka.get("enable.auto.commit")))) {
            problems.add("KAFKA_ENABLE_AUTO_COMMIT=true is not allowed: the sink commits offsets after the database");
        }
        Topics topics = null;
        try {
            topics = Topics.fromEnv(env);
        } catch (RuntimeException e) {
            problems.add("topics: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid sink configuration:\n  " + String.join("\n  ", problems));
        }
        return new SinkConfig(url, blankToNull(env.get("NEWSFLOW_SINK_DB_USER")),
                blankToNull(env.get("NEWSFLOW_SINK_DB_PASSWORD")), pool, batch, Duration.ofMillis(connect),
                new RetryPolicy(attempts, Duration.ofMillis(backoff), Duration.ofMillis(maxBackoff)),
                group, Duration.ofMillis(poll), topics, kafka);
    }

    /** Settings for a store only (query command, tests): defaults for everything but the URL. */
    public static SinkConfig forJdbcUrl(String jdbcUrl) {
        return fromEnv(Map.of("NEWSFLOW_SINK_JDBC_URL", jdbcUrl));
    }

    public Dialect dialect() {
        return Dialect.fromJdbcUrl(jdbcUrl);
    }

    /** The same settings with another retry policy. */
    public SinkConfig withRetry(RetryPolicy newRetry) {
        return new SinkConfig(jdbcUrl, dbUser, dbPassword, poolSize, batchSize, connectTimeout, newRetry, groupId,
                pollTimeout, topics, kafka);
    }

    /** The same settings with another pool size and connection timeout. */
    public SinkConfig withPool(int newPoolSize, Duration newConnectTimeout) {
        return new SinkConfig(jdbcUrl, dbUser, dbPassword, newPoolSize, batchSize, newConnectTimeout, retry, groupId,
                pollTimeout, topics, kafka);
    }

    /** A JDBC URL with any password parameter masked, for logs and messages. */
    public static String maskUrl(String url) {
        return url == null ? null : URL_SECRET.matcher(url).replaceAll("$1=" + MASK);
    }

    @Override
    public String toString() {
        return "SinkConfig[jdbcUrl=" + maskUrl(jdbcUrl) + ", dbUser=" + dbUser
                + ", dbPassword=" + (dbPassword == null ? "(none)" : MASK)
                + ", poolSize=" + poolSize + ", batchSize=" + batchSize + ", connectTimeout=" + connectTimeout
                + ", retry=" + retry + ", groupId=" + groupId + ", pollTimeout=" + pollTimeout
                + ", kafka=" + KafkaEnv.masked(kafka) + "]";
    }

    private static int intVar(Map<String, String> env, String name, int dflt, int min, int max, List<String> problems) {
        long v = longVar(env, name, dflt, min, problems);
        if (v > max) {
            problems.add(name + " must be <= " + max + ", was " + v);
            return dflt;
        }
        return (int) v;
    }

    private static long longVar(Map<String, String> env, String name, long dflt, long min, List<String> problems) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            long v = Long.parseLong(raw.trim());
            if (v < min) {
                problems.add(name + " must be >= " + min + ", was " + v);
                return dflt;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number, was '" + raw + "'");
            return dflt;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
