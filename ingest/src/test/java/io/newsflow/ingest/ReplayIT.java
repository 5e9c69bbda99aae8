package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;
import io.newsflow.testkit.TopicReader;
import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.Topics;

/** The seed corpus replayed through the real ingest code path onto a real broker and registry. */
@ExtendWith(NewsflowInfrastructure.class)
class ReplayIT {

    static final Path SEEDS = Path.of(System.getProperty("newsflow.seeds", "../seeds"));

    private Topics topics;

    @BeforeEach
    void topics(Infrastructure infra) throws Exception {
        topics = Topics.defaults().withPrefix(Infrastructure.uniqueName("replay") + ".");
        try (Admin admin = Admin.create(Map.copyOf(infra.kafkaProperties()))) {
            new TopicProvisioner(admin).ensure(topics.all(), Duration.ofSeconds(60));
        }
    }

    private IngestStats replay(Infrastructure infra, long loops) throws Exception {
        try (IngestRuntime runtime = new IngestRuntime(new HashMap<>(infra.kafkaProperties()),
                Map.of("schema.registry.url", infra.schemaRegistryUrl()), topics, IngestRuntime.DEFAULT_MAX_BYTES,
                false)) {
            Replay.Options options = new Replay.Options(0, loops, null, 1);
            return new Replay(FileSource.listFiles(List.of(SEEDS)), runtime.files(), runtime.pipeline(), options,
                    Replay.limiterFor(options)).run(Progress.none());
        }
    }

    @Test
    void shouldPublishFiveSeedsWithStableKeysAndOriginalBytesWhenReplayedTwice(Infrastructure infra) throws Exception {
        List<Path> seeds = FileSource.listFiles(List.of(SEEDS));
        assertThat(seeds).hasSize(5);

        IngestStats first = replay(infra, 1);
        assertThat(first.published()).isEqualTo(5);
        assertThat(first.rejected()).isZero();

        List<ConsumerRecord<String, RawArticle>> records = read(infra, 5);
        assertThat(records).hasSize(5);
        Map<String, RawArticle> byKey = records.stream()
                .collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value));
        for (Path seed : seeds) {
            byte[] bytes = Files.readAllBytes(seed);
            String expectedKey = ArticleIds.fromText(new String(bytes, StandardCharsets.UTF_8));
            assertThat(byKey).containsKey(expectedKey);
            RawArticle raw = byKey.get(expectedKey);
            byte[] stored = new byte[raw.getContent().remaining()];
            raw.getContent().duplicate().get(stored);
            assertThat(stored).as("original bytes of %s", seed).isEqualTo(bytes);
            assertThat(raw.getContentType()).isEqualTo(ContentTypes.TEXT);
            assertThat(raw.getCharset()).isEqualTo("UTF-8");
            assertThat(raw.getSource().getKind()).isEqualTo("replay");
            assertThat(raw.getId()).isEqualTo(expectedKey);
        }
        assertThat(records).allSatisfy(r -> assertThat(r.headers().lastHeader(KafkaArticleSink.HEADER_SOURCE))
                .isNotNull());

        replay(infra, 1);
        List<ConsumerRecord<String, RawArticle>> again = read(infra, 10);
        assertThat(again).hasSize(10);
        Set<String> keys = again.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        assertThat(keys).isEqualTo(byKey.keySet());
    }

    private List<ConsumerRecord<String, RawArticle>> read(Infrastructure infra, int expected) {
        ConfluentAvroDeserializer<RawArticle> values = new ConfluentAvroDeserializer<>(RawArticle.class);
        values.configure(Map.of("schema.registry.url", infra.schemaRegistryUrl()), false);
        return TopicReader.read(infra, topics.raw().name(), new StringDeserializer(), values, expected,
                Duration.ofSeconds(60));
    }
}
