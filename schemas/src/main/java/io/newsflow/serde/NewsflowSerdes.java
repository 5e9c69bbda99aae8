package io.newsflow.serde;

import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.schemas.AvroTrust;

/** Ready-configured Confluent-wire-format serdes for newsflow's generated records. */
public final class NewsflowSerdes {

    static {
        AvroTrust.install();
    }

    private NewsflowSerdes() {
    }

    /**
     * A configured serde for a generated class.
     *
     * @param config Confluent-style settings, at least {@code schema.registry.url} ({@code mock://scope} for tests)
     * @param isKey  whether it serializes keys (subject {@code <topic>-key} under the default strategy)
     */
    public static <T extends SpecificRecord> Serde<T> forClass(Class<T> type, Map<String, ?> config, boolean isKey) {
        ConfluentAvroSerde<T> serde = new ConfluentAvroSerde<>(type);
        serde.configure(config, isKey);
        return serde;
    }

    /** As {@link #forClass(Class, Map, boolean)}, sharing an existing client (and its caches). */
    public static <T extends SpecificRecord> Serde<T> forClass(Class<T> type, SchemaRegistryClient client,
                                                               Map<String, ?> config, boolean isKey) {
        ConfluentAvroSerde<T> serde = new ConfluentAvroSerde<>(client, type);
        serde.configure(config, isKey);
        return serde;
    }
}
