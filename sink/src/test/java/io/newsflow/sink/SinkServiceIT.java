package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;

/** The consumer loop on the embedded KRaft broker and the local PostgreSQL. */
@ExtendWith(NewsflowInfrastructure.class)
class SinkServiceIT {

    private static final Instant T0 = Instant.parse("2026-05-20T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tempDir;

    /** An in-process registry shared by this test's serdes (the wire format is the real Confluent one). */
    private final Map<String, Object> registry = Map.of("schema.registry.url", "mock://" + UUID.randomUUID());
    private final Serde<EnrichedArticle> articleSerde = NewsflowSerdes.forClass(EnrichedArticle.class, registry, false);
    private final Serde<Rejection> rejectionSerde = NewsflowSerdes.forClass(Rejection.class, registry, false);

    /** Topics of one test: enriched with three partitions, rejected with one. */
    private record Topics(String enriched, String rejected) {
    }

    private Topics createTopics(Infrastructure infra) throws Exception {
        Topics t = new Topics(Infrastructure.uniqueName("enriched"), Infrastructure.uniqueName("rejected"));
        try (Admin admin = Admin.create(infra.kafkaProperties())) {
            admin.createTopics(List.of(new NewTopic(t.enriched(), 3, (short) 1), new NewTopic(t.rejected(), 1,
                    (short) 1))).all().get();
        }
        return t;
    }

    /** Sends the seed articles, one value that is not in the wire format and one article PostgreSQL refuses (NUL). */
    private int produceInput(Infrastructure infra, String topic, List<EnrichedArticle> seeds) throws Exception {
        Map<String, Object> props = new HashMap<>(infra.kafkaProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (EnrichedArticle a : seeds) {
                p.send(new ProducerRecord<>(topic, a.getId(), articleSerde.serializer().serialize(topic, a))).get();
            }
            p.send(new ProducerRecord<>(topic, "poison", "{\"not\": \"avro\"}".getBytes(StandardCharsets.UTF_8)))
                    .get();
            EnrichedArticle refused = TestArticles.article("refused", T0, 77, "NUL \u0000 here", List.of("x"));
            p.send(new ProducerRecord<>(topic, "refused", articleSerde.serializer().serialize(topic, refused))).get();
        }
        return seeds.size() + 2;
    }

    private KafkaConsumer<byte[], byte[]> sinkConsumer(Infrastructure infra, String group) {
        Map<String, Object> props = new HashMap<>(infra.kafkaProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 3);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static long committedTotal(Admin admin, String group) throws Exception {
        return committed(admin, group).values().stream().mapToLong(OffsetAndMetadata::offset).sum();
    }

    private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> m = new HashMap<>(
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get());
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    private List<Rejection> readRejections(Infrastructure infra, String topic, int expected) {
        Map<String, Object> props = new HashMap<>(infra.kafkaProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, Infrastructure.uniqueName("dlq-reader"));
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<Rejection> out = new ArrayList<>();
        try (KafkaConsumer<String, Rejection> c = new KafkaConsumer<>(props, new StringDeserializer(),
                rejectionSerde.deserializer())) {
            c.subscribe(List.of(topic));
            await().atMost(WAIT).until(() -> {
                c.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
                return out.size() >= expected;
            });
        }
        return out;
    }

    @Test
    void shouldStoreArticlesRejectBadRecordsAndCommitOffsetsOnlyAfterDatabaseWhenConsuming(Infrastructure infra)
            throws Exception {
        Topics topics = createTopics(infra);
        List<EnrichedArticle> seeds = TestArticles.seeds(T0);
        int produced = produceInput(infra, topics.enriched(), seeds);
        String group = Infrastructure.uniqueName("sink");
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        List<Integer> checkedBatches = Collections.synchronizedList(new ArrayList<>());
        SinkMetrics metrics = new SinkMetrics();

        try (SinkDatabase db = SinkDatabase.open(TestStores.config(Dialect.POSTGRESQL, infra, tempDir));
             Admin admin = Admin.create(infra.kafkaProperties());
             KafkaProducer<String, Rejection> dlq = new KafkaProducer<>(infra.kafkaProperties(),
                     new StringSerializer(), rejectionSerde.serializer())) {
            ArticleWriter writer = new ArticleWriter(db, TestStores.FAST_RETRY, metrics);
            // While a batch is being stored, none of its offsets may be committed yet.
            ArticleSink checking = batch -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> before = committed(admin, group);
                    for (ArticleEnvelope e : batch) {
                        TopicPartition tp = new TopicPartition(e.position().topic(), e.position().partition());
                        OffsetAndMetadata c = before.get(tp);
                        if (c != null && c.offset() > e.position().offset()) {
                            violations.add(e.position() + " committed before stored: " + c.offset());
                        }
                    }
                    checkedBatches.add(batch.size());
                } catch (Exception ex) {
                    violations.add("could not read offsets: " + ex);
                }
                return writer.write(batch);
            };
            SinkService service = new SinkService(sinkConsumer(infra, group), articleSerde.deserializer(), checking,
                    new KafkaRejectionSink(dlq, topics.rejected()), topics.enriched(), Duration.ofMillis(200),
                    metrics, Clock.systemUTC());
            CompletableFuture<Void> loop = CompletableFuture.runAsync(service);

            await().atMost(WAIT).until(() -> committedTotal(admin, group) == produced);
            service.close();
            loop.get();

            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(5);
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_subjects"))
                    .isEqualTo(TestArticles.subjectCount(seeds));
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_entities"))
                    .isEqualTo(TestArticles.entityCount(seeds));
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles WHERE source_topic = '"
                    + topics.enriched() + "' AND source_offset IS NOT NULL")).isEqualTo(5);
            assertThat(violations).isEmpty();
            assertThat(checkedBatches).isNotEmpty();
            assertThat(metrics.rejectedDeserialization()).isEqualTo(1);
            assertThat(metrics.rejectedDatabase()).isEqualTo(1);

            List<Rejection> rejections = readRejections(infra, topics.rejected(), 2);
            assertThat(rejections).extracting(Rejection::getReasonCode)
                    .containsExactlyInAnyOrder("DESERIALIZATION", "DATABASE");
            assertThat(rejections).allSatisfy(r -> {
                assertThat(r.getStage()).isEqualTo("sink");
                assertThat(r.getOriginalTopic()).isEqualTo(topics.enriched());
                assertThat(r.getOriginalOffset()).isNotNull();
            });
        }
    }

    @Test
    void shouldResumeFromLastCommitWhenDatabaseWasUnavailable(Infrastructure infra) throws Exception {
        Topics topics = createTopics(infra);
        List<EnrichedArticle> seeds = TestArticles.seeds(T0);
        int produced = produceInput(infra, topics.enriched(), seeds);
        String group = Infrastructure.uniqueName("sink");

        try (SinkDatabase db = SinkDatabase.open(TestStores.config(Dialect.POSTGRESQL, infra, tempDir));
             Admin admin = Admin.create(infra.kafkaProperties());
             KafkaProducer<String, Rejection> dlq = new KafkaProducer<>(infra.kafkaProperties(),
                     new StringSerializer(), rejectionSerde.serializer())) {
            ArticleWriter writer = new ArticleWriter(db, TestStores.FAST_RETRY, new SinkMetrics());
            AtomicBoolean down = new AtomicBoolean(true);
            ArticleSink flaky = batch -> {
                if (down.get()) {
                    throw new SinkUnavailableException("database down",
                            new java.sql.SQLTransientConnectionException("no connection"));
                }
                return writer.write(batch);
            };
            SinkService first = new SinkService(sinkConsumer(infra, group), articleSerde.deserializer(), flaky,
                    new KafkaRejectionSink(dlq, topics.rejected()), topics.enriched(), Duration.ofMillis(200),
                    new SinkMetrics(), Clock.systemUTC());

            assertThatThrownBy(first::run).isInstanceOf(SinkUnavailableException.class);
            assertThat(committedTotal(admin, group)).isZero();
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isZero();

            down.set(false);
            SinkService second = new SinkService(sinkConsumer(infra, group), articleSerde.deserializer(), flaky,
                    new KafkaRejectionSink(dlq, topics.rejected()), topics.enriched(), Duration.ofMillis(200),
                    new SinkMetrics(), Clock.systemUTC());
            CompletableFuture<Void> loop = CompletableFuture.runAsync(second);
            await().atMost(WAIT).until(() -> committedTotal(admin, group) == produced);
            second.close();
            loop.get();

            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(5);
        }
    }

    @Test
    void shouldRunEndToEndWhenWiredFromConfig(Infrastructure infra) throws Exception {
        Topics topics = createTopics(infra);
        List<EnrichedArticle> seeds = TestArticles.seeds(T0);
        int produced = produceInput(infra, topics.enriched(), seeds);
        String group = Infrastructure.uniqueName("sink");
        SinkConfig config = SinkConfig.fromEnv(Map.of(
                "NEWSFLOW_SINK_JDBC_URL", "jdbc:sqlite:" + tempDir.resolve("data/newsflow.db"),
                "NEWSFLOW_SINK_GROUP_ID", group,
                "NEWSFLOW_SINK_BATCH_SIZE", "4",
                "NEWSFLOW_TOPIC_ENRICHED", topics.enriched(),
                "NEWSFLOW_TOPIC_REJECTED", topics.rejected(),
                "KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers()));

        try (Admin admin = Admin.create(infra.kafkaProperties())) {
            SinkApp app = SinkApp.create(config, registry);
            CompletableFuture<Void> loop = CompletableFuture.runAsync(app);
            await().atMost(WAIT).until(() -> committedTotal(admin, group) == produced);
            app.close();
            loop.get();

            // SQLite accepts NUL, so only the undecodable record is rejected here
            assertThat(app.metrics().written()).isEqualTo(6);
            assertThat(app.metrics().rejectedDeserialization()).isEqualTo(1);
            assertThat(readRejections(infra, topics.rejected(), 1)).extracting(Rejection::getReasonCode)
                    .containsExactly("DESERIALIZATION");
        }
        try (SinkDatabase db = SinkDatabase.open(config)) {
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(6);
        }
    }
}
