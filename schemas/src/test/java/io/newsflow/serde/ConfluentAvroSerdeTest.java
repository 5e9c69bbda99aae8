package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.newsflow.registry.MockSchemaRegistry;
import io.newsflow.registry.SchemaNotFoundException;
import io.newsflow.registry.SubjectNotFoundException;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Rejection;

class ConfluentAvroSerdeTest {

    private final String scope = "serde-test-" + UUID.randomUUID();
    private final String url = "mock://" + scope;
    private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    static Stream<SpecificRecord> records() {
        return Stream.of(Fixtures.raw(), Fixtures.enriched(), Fixtures.rejection());
    }

    @SuppressWarnings("unchecked")
    private <T extends SpecificRecord> Serde<T> serde(T record, Map<String, Object> extra, boolean isKey) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put(SerdeConfig.SCHEMA_REGISTRY_URL, url);
        return NewsflowSerdes.forClass((Class<T>) record.getClass(), config, isKey);
    }

    private static byte[] avroBinary(SpecificRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<SpecificRecord>(record.getSchema(), SpecificData.getForClass(record.getClass()))
                .write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ round trip and framing

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void shouldRoundTripRecordWhenSerializedAndDeserialized(SpecificRecord record) {
        Serde<SpecificRecord> serde = serde(record, Map.of(), false);

        byte[] bytes = serde.serializer().serialize("news.articles.x", record);
        SpecificRecord back = serde.deserializer().deserialize("news.articles.x", bytes);

        assertThat(back).isInstanceOf(record.getClass()).isEqualTo(record);
        assertThat(registry.listSubjects()).containsExactly("news.articles.x-value");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void shouldFrameMagicByteBigEndianIdAndAvroBinaryWhenSerializing(SpecificRecord record) throws IOException {
        for (int i = 0; i < 300; i++) {
            registry.register("filler-" + i, new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"F" + i
                    + "\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}"));
        }
        Serde<SpecificRecord> serde = serde(record, Map.of(), false);

        byte[] bytes = serde.serializer().serialize("framing", record);

        int id = registry.lookup("framing-value", record.getSchema()).id();
        assertThat(id).as("an id above 255 exercises every id byte").isGreaterThan(255);
        assertThat(bytes[0]).isEqualTo((byte) 0);
        assertThat(Arrays.copyOfRange(bytes, 1, 5)).containsExactly(
                (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avroBinary(record));
    }

    @Test
    void shouldPassNullThroughWhenRecordOrBytesAreNull() {
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(), false);

        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
        assertThat(registry.listSubjects()).isEmpty();
    }

    @Test
    void shouldRegisterUnderKeySubjectWhenSerializingKeys() {
        serde(Fixtures.rejection(), Map.of(), true).serializer().serialize("keys", Fixtures.rejection());

        assertThat(registry.listSubjects()).containsExactly("keys-key");
    }

    // ------------------------------------------------------------------ registration modes

    @Test
    void shouldFailWithCauseWhenAutoRegisterIsOffAndSchemaIsUnknown() {
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);

        assertThatThrownBy(() -> serde.serializer().serialize("unreg", Fixtures.rejection()))
                .isInstanceOf(SerializationException.class)
                .hasCauseInstanceOf(SubjectNotFoundException.class)
                .hasMessageContaining("unreg-value");
        registry.register("unreg-value", Fixtures.withField(Rejection.SCHEMA$,
                "{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}"));
        assertThatThrownBy(() -> serde.serializer().serialize("unreg", Fixtures.rejection()))
                .hasCauseInstanceOf(SchemaNotFoundException.class);
    }

    @Test
    void shouldUseRegisteredIdWithoutRegisteringWhenAutoRegisterIsOff() {
        int id = registry.register("pre-value", Rejection.SCHEMA$);
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(SerdeConfig.AUTO_REGISTER_SCHEMAS, false), false);

        byte[] bytes = serde.serializer().serialize("pre", Fixtures.rejection());

        assertThat(java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        assertThat(registry.getVersions("pre-value")).containsExactly(1);
    }

    @Test
    void shouldWriteWithLatestSchemaWhenUseLatestVersion() throws IOException {
        Schema newer = Fixtures.withField(Rejection.SCHEMA$,
                "{\"name\":\"note\",\"type\":\"string\",\"default\":\"none\"}");
        registry.register("latest-value", Rejection.SCHEMA$);
        int newerId = registry.register("latest-value", newer);
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(SerdeConfig.USE_LATEST_VERSION, "true",
                SerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);

        byte[] bytes = serde.serializer().serialize("latest", Fixtures.rejection());

        assertThat(java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(newerId);
        GenericRecord asNewer = new GenericDatumReader<GenericRecord>(newer).read(null,
                DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
        assertThat(asNewer.get("note")).hasToString("none");
        assertThat(asNewer.get("reasonCode")).hasToString("EMPTY");
        assertThat(serde.deserializer().deserialize("latest", bytes)).isEqualTo(Fixtures.rejection());
    }

    @Test
    void shouldRefuseLatestSchemaWhenStrictAndItCannotReadTheRecord() {
        registry.putConfig("strict-value", io.newsflow.registry.CompatibilityLevel.NONE);
        registry.register("strict-value", Fixtures.withField(Rejection.SCHEMA$, "{\"name\":\"must\",\"type\":\"int\"}"));
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(SerdeConfig.USE_LATEST_VERSION, true), false);

        assertThatThrownBy(() -> serde.serializer().serialize("strict", Fixtures.rejection()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot read records of io.newsflow.schemas.avro.Rejection");
    }

    // ------------------------------------------------------------------ subject strategies

    @Test
    void shouldUseRecordNameWhenRecordNameStrategyIsConfigured() {
        serde(Fixtures.raw(), Map.of(SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, "RecordNameStrategy"), false)
                .serializer().serialize("t1", Fixtures.raw());

        assertThat(registry.listSubjects()).containsExactly("io.newsflow.schemas.avro.RawArticle");
    }

    @Test
    void shouldUseTopicAndRecordNameWhenConfluentTopicRecordNameStrategyIsConfigured() {
        serde(Fixtures.raw(), Map.of(SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"), false)
                .serializer().serialize("t2", Fixtures.raw());

        assertThat(registry.listSubjects()).containsExactly("t2-io.newsflow.schemas.avro.RawArticle");
    }

    @Test
    void shouldApplyKeyStrategyOnlyToKeysWhenBothAreConfigured() {
        Map<String, Object> config = Map.of(SerdeConfig.KEY_SUBJECT_NAME_STRATEGY, RecordNameStrategy.class.getName(),
                SerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, TopicNameStrategy.class);
        serde(Fixtures.rejection(), config, true).serializer().serialize("t3", Fixtures.rejection());
        serde(Fixtures.rejection(), config, false).serializer().serialize("t3", Fixtures.rejection());

        assertThat(registry.listSubjects()).containsExactlyInAnyOrder("io.newsflow.schemas.avro.Rejection", "t3-value");
    }

    // ------------------------------------------------------------------ deserializer errors and evolution

    @Test
    void shouldThrowUnknownMagicByteWhenFirstByteIsNotZero() {
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(), false);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {1, 0, 0, 0, 1, 2}))
                .isInstanceOf(UnknownMagicByteException.class)
                .hasMessageContaining("0x01")
                .satisfies(e -> assertThat(((UnknownMagicByteException) e).magicByte()).isEqualTo(1));
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[0]))
                .isInstanceOf(UnknownMagicByteException.class);
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", "{\"json\":1}".getBytes()))
                .isInstanceOf(UnknownMagicByteException.class);
    }

    @Test
    void shouldThrowUnknownSchemaIdNamingTheIdWhenRegistryLacksIt() {
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(), false);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", Fixtures.frame(12345, new byte[] {2, 'x'})))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageContaining("12345")
                .hasCauseInstanceOf(SchemaNotFoundException.class)
                .satisfies(e -> assertThat(((UnknownSchemaIdException) e).schemaId()).isEqualTo(12345));
    }

    @Test
    void shouldRejectTruncatedHeaderOrPayloadWhenBytesAreCut() {
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(), false);
        byte[] bytes = serde.serializer().serialize("cut", Fixtures.rejection());

        assertThatThrownBy(() -> serde.deserializer().deserialize("cut", Arrays.copyOf(bytes, 3)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> serde.deserializer().deserialize("cut", Arrays.copyOf(bytes, 12)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("schema id");
    }

    @Test
    void shouldFillDefaultsWhenWriterSchemaIsOlder() throws IOException {
        Schema older = Fixtures.withoutFields(Rejection.SCHEMA$, Set.of("source", "originalTopic", "originalPartition",
                "originalOffset", "originalKey", "originalBytes", "originalSize", "truncated", "exceptionClass"));
        int id = registry.register("old-value", older);
        GenericRecord old = new GenericData.Record(older);
        old.put("stage", "ingest");
        old.put("reasonCode", "BINARY");
        old.put("message", "not text");
        old.put("time", Fixtures.T0.toEpochMilli());
        Serde<Rejection> serde = serde(Fixtures.rejection(), Map.of(), false);

        Rejection read = serde.deserializer().deserialize("old", Fixtures.frame(id, generic(older, old)));

        assertThat(read.getStage()).isEqualTo("ingest");
        assertThat(read.getTime()).isEqualTo(Fixtures.T0);
        assertThat(read.getOriginalSize()).isZero();
        assertThat(read.getTruncated()).isFalse();
        assertThat(read.getOriginalTopic()).isNull();
    }

    @Test
    void shouldIgnoreUnknownFieldsWhenWriterSchemaIsNewer() throws IOException {
        Schema newer = Fixtures.withField(EnrichedArticle.SCHEMA$,
                "{\"name\":\"sentiment\",\"type\":\"double\",\"default\":0.0}");
        int id = registry.register("new-value", newer);
        byte[] currentBytes = avroBinary(Fixtures.enriched());
        GenericRecord asNewer = new GenericDatumReader<GenericRecord>(EnrichedArticle.SCHEMA$, newer)
                .read(null, DecoderFactory.get().binaryDecoder(currentBytes, null));
        asNewer.put("sentiment", 0.5);
        Serde<EnrichedArticle> serde = serde(Fixtures.enriched(), Map.of(), false);

        EnrichedArticle read = serde.deserializer().deserialize("new", Fixtures.frame(id, generic(newer, asNewer)));

        assertThat(read).isEqualTo(Fixtures.enriched());
    }

    @Test
    void shouldReadGenericOrSpecificWhenNoTargetClassIsGiven() {
        byte[] bytes = serde(Fixtures.raw(), Map.of(), false).serializer().serialize("g", Fixtures.raw());

        ConfluentAvroDeserializer<Object> generic = new ConfluentAvroDeserializer<>();
        generic.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false);
        ConfluentAvroDeserializer<Object> specific = new ConfluentAvroDeserializer<>();
        specific.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url, SerdeConfig.SPECIFIC_AVRO_READER, "true"), false);
        ConfluentAvroDeserializer<Object> typed = new ConfluentAvroDeserializer<>();
        typed.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url,
                SerdeConfig.SPECIFIC_AVRO_VALUE_TYPE, RawArticle.class.getName()), false);

        Object g = generic.deserialize("g", bytes);
        assertThat(g).isInstanceOf(GenericRecord.class).isNotInstanceOf(RawArticle.class);
        assertThat(((GenericRecord) g).get("id")).hasToString("a1");
        assertThat(specific.deserialize("g", bytes)).isEqualTo(Fixtures.raw());
        assertThat(typed.deserialize("g", bytes)).isEqualTo(Fixtures.raw());
    }

    @Test
    void shouldShareOneClientWhenBuiltWithIt() {
        Serde<RawArticle> serde = NewsflowSerdes.forClass(RawArticle.class, registry, Map.of(), false);

        byte[] bytes = serde.serializer().serialize("shared", Fixtures.raw());

        assertThat(serde.deserializer().deserialize("shared", bytes)).isEqualTo(Fixtures.raw());
        assertThat(registry.listSubjects()).containsExactly("shared-value");
    }

    @Test
    void shouldFailClearlyWhenRegistryUrlIsMissing() {
        assertThatThrownBy(() -> NewsflowSerdes.forClass(RawArticle.class, Map.of(), false))
                .isInstanceOf(org.apache.kafka.common.config.ConfigException.class)
                .hasMessageContaining(SerdeConfig.SCHEMA_REGISTRY_URL);
    }

    private static byte[] generic(Schema schema, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
