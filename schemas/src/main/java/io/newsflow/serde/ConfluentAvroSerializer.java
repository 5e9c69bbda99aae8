package io.newsflow.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import io.newsflow.registry.AvroCompatibility;
import io.newsflow.registry.RegisteredSchema;
import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RegistryException;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClients;
import io.newsflow.schemas.AvroTrust;

/**
 * Writes Avro specific records in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro
 * binary), registering or looking up the schema under the subject its {@link SubjectNameStrategy} names.
 * Configured with Confluent's keys (see {@link SerdeConfig}). Registry failures surface as Kafka
 * {@link SerializationException}s with the {@link RegistryException} as cause.
 */
public class ConfluentAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    static {
        AvroTrust.install();
    }

    private SchemaRegistryClient client;
    private boolean ownsClient;
    private boolean isKey;
    private boolean autoRegister = SerdeConfig.AUTO_REGISTER_SCHEMAS_DEFAULT;
    private boolean useLatest = SerdeConfig.USE_LATEST_VERSION_DEFAULT;
    private boolean latestStrict = SerdeConfig.LATEST_COMPATIBILITY_STRICT_DEFAULT;
    private boolean normalize = SerdeConfig.NORMALIZE_SCHEMAS_DEFAULT;
    private SubjectNameStrategy subjectNameStrategy = new TopicNameStrategy();
    private final Map<Schema, DatumWriter<Object>> specificWriters = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<Object>> genericWriters = new ConcurrentHashMap<>();
    /** Results of the latest.compatibility.strict check, per (latest schema, record schema). */
    private final Map<List<Schema>, List<String>> strictChecks = new ConcurrentHashMap<>();

    /** For Kafka, which instantiates serializers by class name and then calls {@link #configure}. */
    public ConfluentAvroSerializer() {
    }

    /** With a given client (tests, shared clients); {@link #configure} may still set the other options. */
    public ConfluentAvroSerializer(SchemaRegistryClient client) {
        this.client = client;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> config = SerdeConfig.plain(configs);
        this.isKey = isKey;
        try {
            autoRegister = RegistryClientConfig.bool(config, SerdeConfig.AUTO_REGISTER_SCHEMAS,
                    SerdeConfig.AUTO_REGISTER_SCHEMAS_DEFAULT);
            useLatest = RegistryClientConfig.bool(config, SerdeConfig.USE_LATEST_VERSION,
                    SerdeConfig.USE_LATEST_VERSION_DEFAULT);
            latestStrict = RegistryClientConfig.bool(config, SerdeConfig.LATEST_COMPATIBILITY_STRICT,
                    SerdeConfig.LATEST_COMPATIBILITY_STRICT_DEFAULT);
            normalize = RegistryClientConfig.bool(config, SerdeConfig.NORMALIZE_SCHEMAS,
                    SerdeConfig.NORMALIZE_SCHEMAS_DEFAULT);
            String strategyKey = isKey ? SerdeConfig.KEY_SUBJECT_NAME_STRATEGY : SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY;
            subjectNameStrategy = SubjectNameStrategies.resolve(strategyKey, config.get(strategyKey));
            if (client == null) {
                client = SchemaRegistryClients.fromConfig(config);
                ownsClient = true;
            }
        } catch (RegistryException e) {
            throw new ConfigException("invalid schema registry configuration: " + e.getMessage());
        }
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (client == null) {
            throw new IllegalStateException("serializer not configured: call configure() or pass a registry client");
        }
        Schema schema = record.getSchema();
        String subject = subjectNameStrategy.subjectName(topic, isKey, schema);
        int id;
        Schema writerSchema = schema;
        try {
            if (useLatest) {
                RegisteredSchema latest = client.getLatest(subject);
                if (latestStrict) {
                    List<String> problems = strictChecks.computeIfAbsent(List.of(latest.schema(), schema),
                            pair -> AvroCompatibility.canRead(pair.get(0), pair.get(1)));
                    if (!problems.isEmpty()) {
                        throw new SerializationException("Latest schema of subject " + subject + " (id " + latest.id()
                                + ", version " + latest.version() + ") cannot read records of " + schema.getFullName()
                                + ": " + problems);
                    }
                }
                id = latest.id();
                writerSchema = latest.schema();
            } else if (autoRegister) {
                id = client.register(subject, schema, normalize);
            } else {
                id = client.lookup(subject, schema, normalize).id();
            }
        } catch (RegistryException e) {
            throw new SerializationException("Error " + (autoRegister && !useLatest ? "registering" : "retrieving")
                    + " Avro schema " + schema.getFullName() + " under subject " + subject + ": " + e.getMessage(), e);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(WireFormat.MAGIC_BYTE);
            out.write(ByteBuffer.allocate(WireFormat.ID_SIZE).putInt(id).array());
            if (writerSchema == schema || writerSchema.equals(schema)) {
                encode(specificWriter(schema, record), record, out);
            } else {
                encode(genericWriter(writerSchema), project(record, schema, writerSchema), out);
            }
            return out.toByteArray();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException("Error serializing Avro record " + schema.getFullName() + " for topic "
                    + topic + ": " + e.getMessage(), e);
        }
    }

    private DatumWriter<Object> specificWriter(Schema schema, SpecificRecord record) {
        return specificWriters.computeIfAbsent(schema,
                s -> new SpecificDatumWriter<>(s, SpecificData.getForClass(record.getClass())));
    }

    private DatumWriter<Object> genericWriter(Schema schema) {
        return genericWriters.computeIfAbsent(schema, s -> new GenericDatumWriter<>(s, GenericData.get()));
    }

    private static void encode(DatumWriter<Object> writer, Object datum, ByteArrayOutputStream out) throws IOException {
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writer.write(datum, encoder);
        encoder.flush();
    }

    /** The record as a generic record of {@code target}, through Avro schema resolution (use.latest.version). */
    private Object project(T record, Schema own, Schema target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encode(specificWriter(own, record), record, bytes);
        GenericDatumReader<Object> reader = new GenericDatumReader<>(own, target, GenericData.get());
        return reader.read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
    }

    @Override
    public void close() {
        if (ownsClient && client != null) {
            client.close();
        }
    }
}
