package io.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.dedup.SimHash;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.serde.ConfluentAvroSerializer;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;
import io.newsflow.testkit.TopicReader;
import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.Topics;

/** The enrich service, exactly once, on a real broker and registry. */
@ExtendWith(NewsflowInfrastructure.class)
class EnrichTopologyIT {

    @TempDir
    Path state;

    @Test
    void shouldEnrichSeedsAndRejectGarbageWhenRunningExactlyOnce(Infrastructure infra) throws Exception {
        String name = Infrastructure.uniqueName("enrich");
        Topics topics = Topics.defaults().withPrefix(name + ".");
        try (Admin admin = Admin.create(Map.copyOf(infra.kafkaProperties()))) {
            new TopicProvisioner(admin).ensure(topics.all(), Duration.ofSeconds(60));
        }
        Map<String, Object> registry = Map.of("schema.registry.url", infra.schemaRegistryUrl());
        EnrichConfig config = new EnrichConfig(name, new HashMap<>(infra.kafkaProperties()), registry, topics, state,
                1, EnrichConfig.DEFAULT_DEDUP_WINDOW, SimHash.DEFAULT_HAMMING_THRESHOLD);

        List<Path> seeds = TopologyFixture.seeds();
        ConfluentAvroSerializer<io.newsflow.schemas.avro.RawArticle> rawSerializer = new ConfluentAvroSerializer<>();
        rawSerializer.configure(registry, false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.copyOf(infra.kafkaProperties()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.raw().name(), "garbage", new byte[] {9, 9, 9})).get(30, TimeUnit.SECONDS);
            for (int i = 0; i < seeds.size(); i++) {
                byte[] value = rawSerializer.serialize(topics.raw().name(),
                        TopologyFixture.text("seed-" + i, Files.readString(seeds.get(i))));
                producer.send(new ProducerRecord<>(topics.raw().name(), "seed-" + i, value)).get(30, TimeUnit.SECONDS);
            }
        }

        try (EnrichService service = new EnrichService(config, ArticleEnricher.withDefaults())) {
            service.start(false);
            await().atMost(Duration.ofSeconds(90)).until(() -> service.state() == KafkaStreams.State.RUNNING);

            ConfluentAvroDeserializer<EnrichedArticle> articles = new ConfluentAvroDeserializer<>(EnrichedArticle.class);
            articles.configure(registry, false);
            List<ConsumerRecord<String, EnrichedArticle>> enriched = TopicReader.read(infra, topics.enriched().name(),
                    new StringDeserializer(), articles, 5, Duration.ofSeconds(90));
            assertThat(enriched).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder("seed-0", "seed-1", "seed-2", "seed-3", "seed-4");
            assertThat(enriched).allSatisfy(r -> assertThat(r.value().getDuplicateOf()).isNull());

            ConfluentAvroDeserializer<Rejection> rejections = new ConfluentAvroDeserializer<>(Rejection.class);
            rejections.configure(registry, false);
            List<ConsumerRecord<String, Rejection>> rejected = TopicReader.read(infra, topics.rejected().name(),
                    new StringDeserializer(), rejections, 1, Duration.ofSeconds(60));
            assertThat(rejected).singleElement().satisfies(r -> {
                assertThat(r.value().getReasonCode()).isEqualTo("DESERIALIZATION");
                assertThat(r.value().getOriginalTopic()).isEqualTo(topics.raw().name());
                assertThat(new String(r.headers().lastHeader(Rejections.HEADER_REASON).value(), StandardCharsets.UTF_8))
                        .isEqualTo("DESERIALIZATION");
            });
        }
    }
}
