package io.newsflow.config;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Kafka and schema-registry client properties from the environment. Precedence, highest first: command-line
 * flags (applied by the caller over this), then {@code KAFKA_*} variables passed through as client properties
 * ({@code KAFKA_BOOTSTRAP_SERVERS} → {@code bootstrap.servers}, {@code KAFKA_SASL_JAAS_CONFIG} →
 * {@code sasl.jaas.config}), then {@code NEWSFLOW_SCHEMA_REGISTRY_*} for the registry, then defaults.
 */
public final class KafkaEnv {

    public static final String KAFKA_PREFIX = "KAFKA_";
    public static final String REGISTRY_URL = "NEWSFLOW_SCHEMA_REGISTRY_URL";
    public static final String REGISTRY_USER_INFO = "NEWSFLOW_SCHEMA_REGISTRY_USER_INFO";
    private static final Pattern SECRET = Pattern.compile(".*(password|secret|jaas|user\\.info|credentials|token|key$).*");

    private KafkaEnv() {
    }

    /** Client properties from {@code KAFKA_*} variables. */
    public static Map<String, Object> kafkaProperties(Map<String, String> env) {
        Map<String, Object> props = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(KAFKA_PREFIX) && name.length() > KAFKA_PREFIX.length() && !value.isBlank()) {
                props.put(name.substring(KAFKA_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return props;
    }

    /** Serde properties for the schema registry, under Confluent's names. */
    public static Map<String, Object> registryProperties(Map<String, String> env, String defaultUrl) {
        Map<String, Object> props = new TreeMap<>();
        props.put("schema.registry.url", env.getOrDefault(REGISTRY_URL, defaultUrl));
        String userInfo = env.get(REGISTRY_USER_INFO);
        if (userInfo != null && !userInfo.isBlank()) {
            props.put("basic.auth.credentials.source", "USER_INFO");
            props.put("basic.auth.user.info", userInfo);
        }
        return props;
    }

    /** The properties as a string for logs, with secrets masked. */
    public static String masked(Map<String, ?> props) {
        Map<String, Object> shown = new TreeMap<>();
        props.forEach((k, v) -> shown.put(k, isSecret(k) ? "[hidden]" : v));
        return shown.toString();
    }

    static boolean isSecret(String key) {
        return SECRET.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }
}
