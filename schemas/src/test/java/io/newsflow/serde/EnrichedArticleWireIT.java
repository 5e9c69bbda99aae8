package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.RecordRef;
import io.newsflow.schemas.avro.Subject;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;
import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.Topics;

/** An EnrichedArticle through our serializer, a real broker and a real registry, and back. */
@ExtendWith(NewsflowInfrastructure.class)
class EnrichedArticleWireIT {

    static EnrichedArticle article() {
        return EnrichedArticle.newBuilder()
                .setId("bc7268b11cd5a8b6")
                .setHeadline("Kremlin finds new reasons to drag out peace talks")
                .setAuthors(List.of("Daryna Vialko"))
                .setLanguage("en").setLanguageConfidence(0.98)
                .setBody(List.of("First paragraph.", "Second paragraph."))
                .setWordCount(4)
                .setSubjects(List.of(new Subject("medtop:11000000", "politics", 0.9)))
                .setPeople(List.of(new Entity("Volodymyr Zelensky", List.of("Zelensky", "Zelenskyy"), 3)))
                .setContentHash("ab".repeat(32))
                .setSimhash(0x1234_5678_9abc_def0L)
                .setExtractionVersion("test")
                .setEnrichedAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setRaw(new RecordRef("news.articles.raw", 0, 42L))
                .build();
    }

    @Test
    void shouldFrameRecordsInConfluentWireFormatWhenProducedThroughTheRegistry(Infrastructure infra) throws Exception {
        // a unique topic name, so the TopicNameStrategy subject is ours alone
        Topics topics = Topics.defaults().withPrefix(Infrastructure.uniqueName("wire") + ".");
        String topic = topics.enriched().name();
        try (Admin admin = Admin.create(Map.copyOf(infra.kafkaProperties()))) {
            new TopicProvisioner(admin).ensure(topics.all(), Duration.ofSeconds(60));
        }
        Map<String, Object> serdeConfig = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, infra.schemaRegistryUrl());
        ConfluentAvroSerializer<EnrichedArticle> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(serdeConfig, false);
        EnrichedArticle sent = article();
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers()), new StringSerializer(), serializer)) {
            producer.send(new ProducerRecord<>(topic, sent.getId(), sent)).get(30, TimeUnit.SECONDS);
        }

        // the subject is the TopicNameStrategy's <topic>-value, registered in the real registry
        HttpResponse<String> subjects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(infra.schemaRegistryUrl() + "/subjects/" + topic + "-value/versions/latest"))
                .header("Accept", "application/vnd.schemaregistry.v1+json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(subjects.statusCode()).isEqualTo(200);
        int registeredId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(subjects.body()).get("id").asInt();

        byte[] value = consumeOne(infra, topic, new ByteArrayDeserializer()).value();
        assertThat(value[0]).isEqualTo((byte) 0x0);
        assertThat(ByteBuffer.wrap(value, 1, 4).getInt()).isEqualTo(registeredId);
        byte[] avro = new byte[value.length - 5];
        System.arraycopy(value, 5, avro, 0, avro.length);
        assertThat(avro).isEqualTo(plainAvro(sent));

        ConfluentAvroDeserializer<EnrichedArticle> deserializer = new ConfluentAvroDeserializer<>(EnrichedArticle.class);
        deserializer.configure(serdeConfig, false);
        assertThat(deserializer.deserialize(topic, value)).isEqualTo(sent);
    }

    /** The record as plain Avro binary (no single-object header): what follows the 5-byte Confluent prefix. */
    private static byte[] plainAvro(EnrichedArticle a) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.apache.avro.io.BinaryEncoder encoder = org.apache.avro.io.EncoderFactory.get().binaryEncoder(out, null);
        new org.apache.avro.specific.SpecificDatumWriter<>(EnrichedArticle.class).write(a, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static <V> ConsumerRecord<String, V> consumeOne(Infrastructure infra, String topic,
                                                              org.apache.kafka.common.serialization.Deserializer<V> d) {
        List<ConsumerRecord<String, V>> seen = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, Infrastructure.uniqueName("wire-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), d)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return !seen.isEmpty();
            });
        }
        return seen.get(0);
    }
}
