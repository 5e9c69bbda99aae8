package io.newsflow.sink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Test-only serde: plain Avro binary of one record class, no schema registry and no wire-format header. Stands in
 * for the Confluent wire-format serde in tests; the sink takes any {@code Deserializer<EnrichedArticle>}.
 */
final class AvroBinarySerde<T extends SpecificRecord> implements Serializer<T>, Deserializer<T> {

    private final SpecificDatumWriter<T> writer;
    private final SpecificDatumReader<T> reader;

    AvroBinarySerde(Class<T> type) {
        this.writer = new SpecificDatumWriter<>(type);
        this.reader = new SpecificDatumReader<>(type);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(data, enc);
            enc.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode a record for " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            BinaryDecoder dec = DecoderFactory.get().binaryDecoder(data, null);
            T value = reader.read(null, dec);
            if (!dec.isEnd()) {
                throw new SerializationException("trailing bytes after the record");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode a record from " + topic, e);
        }
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the record class fixes the schema
    }

    @Override
    public void close() {
        // nothing to release
    }
}
