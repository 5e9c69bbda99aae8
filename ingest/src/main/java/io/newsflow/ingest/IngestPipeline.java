package io.newsflow.ingest;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Rejection;

/**
 * Turns source items into raw articles or rejections and hands them to the sink, counting everything. Bad input
 * gets exactly one rejection and one log line with its path; nothing is dropped silently.
 */
public final class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);
    public static final String STAGE = "ingest";

    private final ArticlePreparer preparer;
    private final ArticleSink sink;
    private final IngestStats stats = new IngestStats();
    private final int rejectionCap;
    private final boolean asNew;
    private final String runId = UUID.randomUUID().toString();
    private final AtomicLong sequence = new AtomicLong();
    private volatile java.util.function.Consumer<RawArticle> onPublished = a -> { };

    public IngestPipeline(ArticlePreparer preparer, ArticleSink sink, int rejectionCap, boolean asNew) {
        this.preparer = preparer;
        this.sink = sink;
        this.rejectionCap = rejectionCap;
        this.asNew = asNew;
    }

    /** Called (on the producer's thread) for every article the broker acknowledged; for progress and waiting. */
    public void onPublished(java.util.function.Consumer<RawArticle> listener) {
        this.onPublished = listener;
    }

    public IngestStats stats() {
        return stats;
    }

    public String runId() {
        return runId;
    }

    /** Processes one item. */
    public void accept(SourceItem item) {
        if (item instanceof SourceItem.Failed f) {
            reject(f.source(), f.reason(), f.message(), f.bytes(), f.size());
            return;
        }
        Candidate c = ((SourceItem.Found) item).candidate();
        RawArticle article;
        try {
            article = preparer.prepare(c, runId, sequence.getAndIncrement(), asNew);
        } catch (RejectedInputException e) {
            reject(c.source(), e.reason(), e.getMessage(), c.bytes(), c.size());
            return;
        }
        long size = c.bytes().length;
        sink.publish(article, new ArticleSink.Outcome() {
            @Override
            public void succeeded() {
                stats.published(size);
                onPublished.accept(article);
            }

            @Override
            public void failed(Exception cause) {
                stats.publishFailed();
                log.error("publishing {} (id {}) failed after retries: {}", c.source().path(), article.getId(),
                        cause.toString());
            }
        });
    }

    private void reject(SourceRef source, RejectReason reason, String message, byte[] bytes, long size) {
        log.warn("rejected {}: {} ({})", source.path(), reason, message);
        byte[] kept = bytes.length > rejectionCap ? Arrays.copyOf(bytes, rejectionCap) : bytes;
        Rejection rejection = Rejection.newBuilder()
                .setStage(STAGE)
                .setReasonCode(reason.name())
                .setMessage(message)
                .setSource(source.path())
                .setOriginalBytes(ByteBuffer.wrap(kept))
                .setOriginalSize(Math.max(size, bytes.length))
                .setTruncated(kept.length < Math.max(size, bytes.length))
                .setTime(Instant.now())
                .build();
        stats.rejected(reason);
        sink.reject(rejection, new ArticleSink.Outcome() {
            @Override
            public void succeeded() {
                // counted when made
            }

            @Override
            public void failed(Exception cause) {
                stats.publishFailed();
                log.error("publishing the rejection of {} failed: {}", source.path(), cause.toString());
            }
        });
    }

    /** Waits for every outstanding send. */
    public void flush() {
        sink.flush();
    }
}
