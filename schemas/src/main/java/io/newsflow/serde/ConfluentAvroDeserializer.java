package io.newsflow.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

import io.newsflow.registry.RegistryClientConfig;
import io.newsflow.registry.RegistryException;
import io.newsflow.registry.SchemaNotFoundException;
import io.newsflow.registry.SchemaRegistryClient;
import io.newsflow.registry.SchemaRegistryClients;
import io.newsflow.schemas.AvroTrust;

/**
 * Reads the Confluent wire format. The writer schema comes from the registry by the id in the record; the reader
 * schema is the target class's, so records written with older or newer compatible schemas resolve into it (Avro
 * schema evolution). Without a target class: {@code specific.avro.key.type}/{@code specific.avro.value.type}, else
 * the generated class named by the writer schema when {@code specific.avro.reader=true}, else a generic record.
 *
 * @param <T> the target type: a generated specific record class, or {@code GenericRecord}/{@code Object}
 */
public class ConfluentAvroDeserializer<T> implements Deserializer<T> {

    static {
        AvroTrust.install();
    }

    private SchemaRegistryClient client;
    private boolean ownsClient;
    private Class<?> targetClass;
    private boolean specificReader = SerdeConfig.SPECIFIC_AVRO_READER_DEFAULT;
    private final Map<Integer, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    /** For Kafka, which instantiates deserializers by class name and then calls {@link #configure}. */
    public ConfluentAvroDeserializer() {
    }

    /** Reading into a generated class; the registry comes from {@link #configure}. */
    public ConfluentAvroDeserializer(Class<T> targetClass) {
        this.targetClass = targetClass;
    }

    /** Reading into a generated class with a given client (tests, shared clients). */
    public ConfluentAvroDeserializer(SchemaRegistryClient client, Class<T> targetClass) {
        this.client = client;
        this.targetClass = targetClass;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        Map<String, Object> config = SerdeConfig.plain(configs);
        try {
            specificReader = RegistryClientConfig.bool(config, SerdeConfig.SPECIFIC_AVRO_READER,
                    SerdeConfig.SPECIFIC_AVRO_READER_DEFAULT);
            String typeKey = isKey ? SerdeConfig.SPECIFIC_AVRO_KEY_TYPE : SerdeConfig.SPECIFIC_AVRO_VALUE_TYPE;
            Object type = config.get(typeKey);
            if (targetClass == null && type != null) {
                targetClass = type instanceof Class<?> c ? c : loadClass(typeKey, type.toString().trim());
            }
            if (client == null) {
                client = SchemaRegistryClients.fromConfig(config);
                ownsClient = true;
            }
        } catch (RegistryException e) {
            throw new ConfigException("invalid schema registry configuration: " + e.getMessage());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 0 || bytes[0] != WireFormat.MAGIC_BYTE) {
            throw new UnknownMagicByteException(topic, bytes.length == 0 ? -1 : bytes[0]);
        }
        if (bytes.length < WireFormat.HEADER_SIZE) {
            throw new SerializationException("Record of topic " + topic + " has " + bytes.length
                    + " bytes, fewer than the " + WireFormat.HEADER_SIZE + "-byte Confluent wire-format header");
        }
        if (client == null) {
            throw new IllegalStateException("deserializer not configured: call configure() or pass a registry client");
        }
        int id = ByteBuffer.wrap(bytes, 1, WireFormat.ID_SIZE).getInt();
        DatumReader<Object> reader = readerFor(topic, id);
        try {
            return (T) reader.read(null, DecoderFactory.get().binaryDecoder(bytes, WireFormat.HEADER_SIZE,
                    bytes.length - WireFormat.HEADER_SIZE, null));
        } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
            throw new SerializationException("Error deserializing Avro record of topic " + topic + " with schema id "
                    + id + ": " + e.getMessage(), e);
        }
    }

    private DatumReader<Object> readerFor(String topic, int id) {
        DatumReader<Object> cached = readers.get(id);
        if (cached != null) {
            return cached;
        }
        Schema writer;
        try {
            writer = client.getById(id);
        } catch (SchemaNotFoundException e) {
            throw new UnknownSchemaIdException(topic, id, e);
        } catch (RegistryException e) {
            throw new SerializationException("Error retrieving Avro schema id " + id + " for topic " + topic + ": "
                    + e.getMessage(), e);
        }
        DatumReader<Object> reader = createReader(writer);
        readers.put(id, reader);
        return reader;
    }

    private DatumReader<Object> createReader(Schema writer) {
        Class<?> type = targetClass != null && SpecificRecord.class.isAssignableFrom(targetClass) ? targetClass : null;
        if (type == null && specificReader) {
            type = SpecificData.get().getClass(writer);
            if (type == null || type == Object.class) {
                throw new SerializationException("No generated class for " + writer.getFullName()
                        + " on the classpath (specific.avro.reader=true)");
            }
        }
        if (type == null) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        SpecificData data = SpecificData.getForClass(type);
        Schema reader = data.getSchema(type);
        return new SpecificDatumReader<>(writer, reader, data);
    }

    private static Class<?> loadClass(String key, String name) {
        try {
            return Class.forName(name, true, Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : ConfluentAvroDeserializer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new ConfigException(key, name, "class not found");
        }
    }

    @Override
    public void close() {
        if (ownsClient && client != null) {
            client.close();
        }
    }
}
