package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.NewsflowSerdes;

/** The consumer loop's ordering and error paths, driven step by step on a MockConsumer. */
class SinkServiceTest {

    private static final String TOPIC = "news.articles.enriched";
    private static final TopicPartition TP0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition TP1 = new TopicPartition(TOPIC, 1);
    private static final Instant T0 = Instant.parse("2026-05-20T10:00:00Z");

    private final Serde<EnrichedArticle> serde = NewsflowSerdes.forClass(EnrichedArticle.class,
            Map.of("schema.registry.url", "mock://" + UUID.randomUUID()), false);
    private final FailingCommitConsumer consumer = new FailingCommitConsumer();
    private final RecordingRejections rejections = new RecordingRejections();
    private final SinkMetrics metrics = new SinkMetrics();
    private final List<String> events = new ArrayList<>();

    private SinkService service(Function<List<ArticleEnvelope>, WriteResult> store) {
        ArticleSink sink = batch -> {
            // what the group has committed while the batch is being stored
            events.add("write " + batch.size() + " committed=" + committedSum());
            return store.apply(batch);
        };
        SinkService s = new SinkService(consumer, serde.deserializer(), sink, rejections, TOPIC, Duration.ofMillis(10), metrics,
                Clock.fixed(T0, ZoneOffset.UTC));
        s.subscribe();
        consumer.rebalance(List.of(TP0, TP1));
        consumer.updateBeginningOffsets(Map.of(TP0, 0L, TP1, 0L));
        return s;
    }

    private void add(TopicPartition tp, long offset, String id, byte[] value) {
        consumer.addRecord(new ConsumerRecord<>(tp.topic(), tp.partition(), offset,
                id.getBytes(StandardCharsets.UTF_8), value));
    }

    private byte[] article(String id, long rawOffset) {
        return serde.serializer().serialize(TOPIC, TestArticles.article(id, T0, rawOffset, "H " + id, List.of("Body " + id)));
    }

    private long committedSum() {
        return consumer.committed(Set.of(TP0, TP1)).values().stream()
                .mapToLong(o -> o == null ? 0 : o.offset()).sum();
    }

    private static WriteResult allWritten(List<ArticleEnvelope> batch) {
        return new WriteResult(batch.size(), 0, List.of());
    }

    @Test
    void shouldCommitOffsetsOnlyAfterBatchIsStoredWhenPollReturnsRecords() {
        SinkService s = service(SinkServiceTest::allWritten);
        add(TP0, 0, "a", article("a", 0));
        add(TP0, 1, "b", article("b", 1));
        add(TP1, 0, "c", article("c", 2));

        s.pollOnce();

        assertThat(events).containsExactly("write 3 committed=0");
        assertThat(consumer.committed(Set.of(TP0, TP1)))
                .containsEntry(TP0, new OffsetAndMetadata(2)).containsEntry(TP1, new OffsetAndMetadata(1));
        assertThat(metrics.offsetCommits()).isEqualTo(1);
    }

    @Test
    void shouldNotCommitWhenStoreStaysUnavailable() {
        SinkService s = service(batch -> {
            throw new SinkUnavailableException("down", new SQLException("refused", "08001"));
        });
        add(TP0, 0, "a", article("a", 0));

        assertThatThrownBy(s::pollOnce).isInstanceOf(SinkUnavailableException.class);

        assertThat(committedSum()).isZero();
        assertThat(metrics.offsetCommits()).isZero();
    }

    @Test
    void shouldRejectPoisonRecordAndStoreTheRestWhenValueIsUndeserializable() {
        List<String> stored = new ArrayList<>();
        SinkService s = service(batch -> {
            batch.forEach(e -> stored.add(e.articleId()));
            return allWritten(batch);
        });
        byte[] poison = {0x01, 'n', 'o', 't', ' ', 'a', 'v', 'r', 'o'}; // no magic byte 0
        add(TP0, 0, "a", article("a", 0));
        add(TP0, 1, "poison", poison);
        add(TP0, 2, "b", article("b", 1));

        s.pollOnce();

        assertThat(stored).containsExactly("a", "b");
        assertThat(rejections.flushed).hasSize(1);
        Rejection r = rejections.flushed.get(0);
        assertThat(r.getStage()).isEqualTo("sink");
        assertThat(r.getReasonCode()).isEqualTo("DESERIALIZATION");
        assertThat(r.getOriginalTopic()).isEqualTo(TOPIC);
        assertThat(r.getOriginalPartition()).isZero();
        assertThat(r.getOriginalOffset()).isEqualTo(1L);
        assertThat(r.getOriginalBytes().array()).isEqualTo(poison);
        assertThat(r.getOriginalKey().array()).isEqualTo("poison".getBytes(StandardCharsets.UTF_8));
        assertThat(rejections.keys).containsExactly("poison");
        assertThat(committedSum()).isEqualTo(3);
        assertThat(metrics.rejectedDeserialization()).isEqualTo(1);
    }

    @Test
    void shouldRejectWithDatabaseReasonWhenStoreRefusesAnArticle() {
        SinkService s = service(batch -> new WriteResult(batch.size() - 1, 0, List.of(
                new WriteResult.FailedArticle(batch.get(1), new SQLException("invalid byte sequence", "22021")))));
        add(TP1, 5, "a", article("a", 0));
        add(TP1, 6, "b", article("b", 1));

        s.pollOnce();

        assertThat(rejections.flushed).singleElement().satisfies(r -> {
            assertThat(r.getReasonCode()).isEqualTo("DATABASE");
            assertThat(r.getMessage()).contains("22021");
            assertThat(r.getOriginalPartition()).isEqualTo(1);
            assertThat(r.getOriginalOffset()).isEqualTo(6L);
            assertThat(r.getOriginalBytes().array()).isEqualTo(article("b", 1));
        });
        assertThat(rejections.keys).containsExactly("b");
        assertThat(consumer.committed(Set.of(TP1))).containsEntry(TP1, new OffsetAndMetadata(7));
    }

    @Test
    void shouldNotCommitWhenRejectionsCannotBeMadeDurable() {
        SinkService s = service(SinkServiceTest::allWritten);
        rejections.failOnFlush = true;
        add(TP0, 0, "poison", new byte[] {0x01});

        assertThatThrownBy(s::pollOnce).isInstanceOf(IllegalStateException.class);

        assertThat(committedSum()).isZero();
    }

    @Test
    void shouldCommitStoredOffsetsWhenPartitionsAreRevokedAfterAFailedCommit() {
        SinkService s = service(SinkServiceTest::allWritten);
        consumer.failNextCommits = 1;
        add(TP0, 0, "a", article("a", 0));
        s.pollOnce();
        assertThat(committedSum()).isZero();

        consumer.rebalance(List.of(TP1));
        consumer.rebalance(List.of(TP0, TP1)); // MockConsumer reports 0 for partitions it does not hold

        assertThat(consumer.committed(Set.of(TP0))).containsEntry(TP0, new OffsetAndMetadata(1));
    }

    @Test
    void shouldSkipWithoutWritingWhenValueIsTombstone() {
        List<Integer> batchSizes = new ArrayList<>();
        SinkService s = service(batch -> {
            batchSizes.add(batch.size());
            return allWritten(batch);
        });
        add(TP0, 0, "gone", null);

        s.pollOnce();

        assertThat(batchSizes).containsExactly(0);
        assertThat(metrics.tombstonesSkipped()).isEqualTo(1);
        assertThat(committedSum()).isEqualTo(1);
    }

    /** A MockConsumer whose next commits can be made to time out. */
    private static final class FailingCommitConsumer extends MockConsumer<byte[], byte[]> {
        int failNextCommits;

        FailingCommitConsumer() {
            super("earliest");
        }

        @Override
        public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
            if (failNextCommits > 0) {
                failNextCommits--;
                throw new TimeoutException("commit timed out");
            }
            super.commitSync(offsets);
        }
    }

    /** Collects rejections; only flushed ones count as sent. */
    private static final class RecordingRejections implements RejectionSink {
        final List<Rejection> queued = new ArrayList<>();
        final List<String> queuedKeys = new ArrayList<>();
        final List<Rejection> flushed = new ArrayList<>();
        final List<String> keys = new ArrayList<>();
        boolean failOnFlush;

        @Override
        public void reject(String key, Rejection rejection) {
            queued.add(rejection);
            queuedKeys.add(key);
        }

        @Override
        public void flush() {
            if (failOnFlush && !queued.isEmpty()) {
                throw new IllegalStateException("broker unavailable");
            }
            flushed.addAll(queued);
            keys.addAll(queuedKeys);
            queued.clear();
            queuedKeys.clear();
        }
    }
}
