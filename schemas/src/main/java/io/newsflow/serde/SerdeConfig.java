package io.newsflow.serde;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.config.types.Password;

import io.newsflow.registry.RegistryClientConfig;

/**
 * Config keys of the Confluent-wire-format serdes, under Confluent's own names so that existing Kafka client
 * configs work unchanged. Registry client keys (URL, auth, TLS, retries) are those of {@link RegistryClientConfig}.
 */
public final class SerdeConfig {

    public static final String SCHEMA_REGISTRY_URL = RegistryClientConfig.SCHEMA_REGISTRY_URL;
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE;
    public static final String BASIC_AUTH_USER_INFO = RegistryClientConfig.BASIC_AUTH_USER_INFO;
    public static final String SSL_TRUSTSTORE_LOCATION = RegistryClientConfig.SSL_TRUSTSTORE_LOCATION;
    public static final String SSL_TRUSTSTORE_PASSWORD = RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD;
    public static final String SSL_TRUSTSTORE_TYPE = RegistryClientConfig.SSL_TRUSTSTORE_TYPE;

    /** Register the record's schema on first use (default true); when false it must already be registered. */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final boolean AUTO_REGISTER_SCHEMAS_DEFAULT = true;
    /** Write with the subject's latest registered schema instead of the record's own (default false). */
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final boolean USE_LATEST_VERSION_DEFAULT = false;
    /** With {@link #USE_LATEST_VERSION}: refuse when the latest schema cannot read the record's schema (default true). */
    public static final String LATEST_COMPATIBILITY_STRICT = "latest.compatibility.strict";
    public static final boolean LATEST_COMPATIBILITY_STRICT_DEFAULT = true;
    /** Ask the registry to normalise schemas when registering and looking up (default false). */
    public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
    public static final boolean NORMALIZE_SCHEMAS_DEFAULT = false;
    /** Subject of keys: TopicNameStrategy (default), RecordNameStrategy or TopicRecordNameStrategy. */
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    /** Subject of values: TopicNameStrategy (default), RecordNameStrategy or TopicRecordNameStrategy. */
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    /**
     * Deserializers without a target class: true reads into the generated class named by the writer schema, false
     * (the default, as in Confluent) into a {@link org.apache.avro.generic.GenericRecord}.
     */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final boolean SPECIFIC_AVRO_READER_DEFAULT = false;
    /** Target class of key deserialization, when not given in code. */
    public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";
    /** Target class of value deserialization, when not given in code. */
    public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";

    private SerdeConfig() {
    }

    /** A copy of a Kafka config map with {@link Password} values revealed, for the registry client. */
    static Map<String, Object> plain(Map<String, ?> configs) {
        Map<String, Object> plain = new HashMap<>();
        configs.forEach((k, v) -> plain.put(k, v instanceof Password p ? p.value() : v));
        return plain;
    }
}
