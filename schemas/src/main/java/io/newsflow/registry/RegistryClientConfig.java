package io.newsflow.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Client settings under Confluent's names, and how they are read from a Kafka-style config map. Settings without
 * the {@code schema.registry.} prefix may also be given with it (Confluent accepts both).
 */
public final class RegistryClientConfig {

    /** Comma-separated registry base URLs; the client fails over between them. {@code mock://scope} for the mock. */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /** Where basic-auth credentials come from: {@code URL} (user:pass@ in the URL, the default) or {@code USER_INFO}. */
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    /** {@code user:password}, used when the credentials source is {@code USER_INFO}. */
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    public static final String SSL_TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
    public static final String SSL_TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
    /** Truststore type; {@code JKS} by default as in Kafka (the JDK's JKS loader also reads PKCS12). */
    public static final String SSL_TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
    public static final String SSL_KEYSTORE_LOCATION = "schema.registry.ssl.keystore.location";
    public static final String SSL_KEYSTORE_PASSWORD = "schema.registry.ssl.keystore.password";
    public static final String SSL_KEYSTORE_TYPE = "schema.registry.ssl.keystore.type";
    public static final String SSL_KEY_PASSWORD = "schema.registry.ssl.key.password";
    /** Retries after the first attempt, on HTTP 5xx and I/O errors only. */
    public static final String MAX_RETRIES = "max.retries";
    /** Back-off before the first retry; it doubles for each further retry. */
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    /** Cap on the back-off between retries. */
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
    /** How long a subject's latest version is cached; negative means until invalidated. */
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";

    public static final String CREDENTIALS_SOURCE_URL = "URL";
    public static final String CREDENTIALS_SOURCE_USER_INFO = "USER_INFO";

    /** Confluent's default: three retries cover a registry restart or a leader change. */
    public static final int DEFAULT_MAX_RETRIES = 3;
    /** Confluent's default first back-off. */
    public static final long DEFAULT_RETRIES_WAIT_MS = 1000;
    /** Confluent's default back-off cap. */
    public static final long DEFAULT_RETRIES_MAX_WAIT_MS = 2000;
    /** Confluent's default: the latest version stays cached until invalidated. */
    public static final long DEFAULT_LATEST_CACHE_TTL_SEC = -1;
    /** Confluent's default connect and read timeouts. */
    public static final long DEFAULT_HTTP_TIMEOUT_MS = 60_000;

    static final String PREFIX = "schema.registry.";

    private RegistryClientConfig() {
    }

    /** The value of a setting, also looked up under the {@code schema.registry.} prefix; null when absent or blank. */
    public static String string(Map<String, ?> config, String key) {
        Object value = config.get(key);
        if (value == null && !key.startsWith(PREFIX)) {
            value = config.get(PREFIX + key);
        }
        if (value == null) {
            return null;
        }
        String text = value instanceof Collection<?> c ? String.join(",", c.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return text.isBlank() ? null : text.trim();
    }

    public static boolean bool(Map<String, ?> config, String key, boolean defaultValue) {
        String text = string(config, key);
        if (text == null) {
            return defaultValue;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            throw new RegistryConfigException(key + " must be true or false, not '" + text + "'");
        }
        return Boolean.parseBoolean(lower);
    }

    public static long number(Map<String, ?> config, String key, long defaultValue) {
        String text = string(config, key);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RegistryConfigException(key + " must be a whole number, not '" + text + "'");
        }
    }

    /** The registry URLs of {@link #SCHEMA_REGISTRY_URL}, in order. */
    public static List<String> urls(Map<String, ?> config) {
        String text = string(config, SCHEMA_REGISTRY_URL);
        if (text == null) {
            throw new RegistryConfigException(SCHEMA_REGISTRY_URL + " is required");
        }
        List<String> urls = new ArrayList<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(urls::add);
        return urls;
    }
}
