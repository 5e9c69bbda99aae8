package io.newsflow.sink;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.schemas.avro.EnrichedArticle;

/**
 * The consumer loop: poll a batch, write it to the store, make the rejections durable, then commit the offsets.
 *
 * <p>Order per batch, never otherwise: (1) decode each record, rejecting undecodable ones ({@code DESERIALIZATION});
 * (2) {@link ArticleSink#write} commits the database transaction(s) and reports refused articles, which are rejected
 * ({@code DATABASE}); (3) {@link RejectionSink#flush} waits for the rejections; (4) {@code commitSync} of the batch's
 * offsets. A crash anywhere before (4) redelivers the batch, which the versioned upsert absorbs. When partitions are
 * revoked, offsets of fully processed batches not yet committed are committed first. When the store stays
 * unreachable after retries ({@link SinkUnavailableException}), the loop stops without committing that batch and
 * {@link #run()} rethrows: a supervisor restarts the service, which resumes from the last committed offsets.
 *
 * <p>The consumer reads raw bytes, so a poison record is decoded here, rejected with its original bytes, and never
 * blocks the partition. The consumer must have {@code enable.auto.commit=false}.
 */
public final class SinkService implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    /** Long enough for a last offset commit and leaving the group cleanly. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Consumer<byte[], byte[]> consumer;
    private final Deserializer<EnrichedArticle> deserializer;
    private final ArticleSink sink;
    private final RejectionSink rejections;
    private final String topic;
    private final Duration pollTimeout;
    private final SinkMetrics metrics;
    private final Clock clock;

    /** Offsets of batches fully stored but not yet committed (normally empty between batches). */
    private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    public SinkService(Consumer<byte[], byte[]> consumer, Deserializer<EnrichedArticle> deserializer,
                       ArticleSink sink, RejectionSink rejections, String topic, Duration pollTimeout,
                       SinkMetrics metrics, Clock clock) {
        this.consumer = consumer;
        this.deserializer = deserializer;
        this.sink = sink;
        this.rejections = rejections;
        this.topic = topic;
        this.pollTimeout = pollTimeout;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Runs the loop until {@link #close()}; rethrows what stopped it otherwise. Call once, on one thread. */
    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("already started");
        }
        LOG.info("Sink consuming {}", topic);
        try {
            subscribe();
            while (!closing.get()) {
                pollOnce();
            }
        } catch (WakeupException e) {
            if (!closing.get()) {
                throw e;
            }
        } finally {
            try {
                commit(new HashMap<>(pending));
            } catch (RuntimeException e) {
                LOG.warn("Could not commit offsets on the way out ({}); they will be redelivered", e.toString());
            }
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            LOG.info("Sink stopped: {}", metrics);
            stopped.countDown();
        }
    }

    /** Subscribes with the listener that commits on revocation. Package-private for step-by-step tests. */
    void subscribe() {
        consumer.subscribe(List.of(topic), new CommitOnRevoke());
    }

    /** One poll-write-commit cycle. Package-private so tests can drive the loop step by step. */
    void pollOnce() {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
        if (records.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        List<ArticleEnvelope> batch = new ArrayList<>(records.count());
        Map<RecordPosition, ConsumerRecord<byte[], byte[]>> originals = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            RecordPosition where = new RecordPosition(r.topic(), r.partition(), r.offset());
            if (r.value() == null) {
                metrics.incTombstonesSkipped();
                continue;
            }
            EnrichedArticle article;
            try {
                article = deserializer.deserialize(r.topic(), r.headers(), r.value());
            } catch (RuntimeException e) {
                LOG.warn("Rejecting {}: value not deserializable ({})", where, e.getClass().getSimpleName());
                metrics.incRejectedDeserialization();
                rejections.reject(keyString(r.key()),
                        Rejections.deserialization(where, r.key(), r.value(), e, clock.instant()));
                continue;
            }
            if (article == null) {
                metrics.incTombstonesSkipped();
                continue;
            }
            batch.add(new ArticleEnvelope(article, where));
            originals.put(where, r);
        }

        WriteResult result = sink.write(batch);
        for (WriteResult.FailedArticle failed : result.failed()) {
            RecordPosition where = failed.envelope().position();
            ConsumerRecord<byte[], byte[]> r = originals.get(where);
            rejections.reject(failed.envelope().articleId(), Rejections.database(where,
                    r == null ? null : r.key(), r == null ? null : r.value(), failed.cause(), clock.instant()));
        }
        rejections.flush();
        LOG.debug("Stored batch of {} records: {} written, {} unchanged, {} refused", records.count(),
                result.written(), result.unchanged(), result.failed().size());

        pending.putAll(next);
        commit(new HashMap<>(pending));
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(offsets);
            metrics.incOffsetCommits();
            offsets.forEach(pending::remove);
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The partitions went to another member, which re-reads from the last commit; the upsert absorbs it.
            LOG.warn("Offset commit refused after a rebalance ({}); those records will be redelivered",
                    e.getClass().getSimpleName());
            offsets.keySet().forEach(pending::remove);
        } catch (RetriableException e) {
            LOG.warn("Offset commit failed ({}); retrying after the next batch", e.getClass().getSimpleName());
        }
    }

    /** Stops the loop and waits for it to commit and close the consumer. Safe from any thread, e.g. a hook. */
    @Override
    public void close() {
        if (closing.getAndSet(true)) {
            return;
        }
        if (!started.get()) {
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
            return;
        }
        consumer.wakeup();
        try {
            if (!stopped.await(CLOSE_TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS)) {
                LOG.warn("Sink loop did not stop within {}", CLOSE_TIMEOUT.multipliedBy(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public SinkMetrics metrics() {
        return metrics;
    }

    private static String keyString(byte[] key) {
        return key == null ? null : new String(key, StandardCharsets.UTF_8);
    }

    /** Commits what is stored before partitions move to another member; forgets what is lost. */
    private final class CommitOnRevoke implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> revoked = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata o = pending.get(tp);
                if (o != null) {
                    revoked.put(tp, o);
                }
            }
            commit(revoked);
            partitions.forEach(pending::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(pending::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.info("Assigned {}", partitions);
        }
    }
}
