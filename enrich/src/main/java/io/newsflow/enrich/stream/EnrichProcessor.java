package io.newsflow.enrich.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.enrich.EnrichFunction;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.RecordRef;
import io.newsflow.schemas.avro.Rejection;

/**
 * Enriches each raw article. Expected bad input (not an article: empty, binary, undecodable, malformed) becomes a
 * rejection with the cause in headers; unexpected exceptions propagate to the processing exception handler.
 */
final class EnrichProcessor implements FixedKeyProcessor<String, RawArticle, EnrichResult> {

    private static final Logger log = LoggerFactory.getLogger(EnrichProcessor.class);

    private final EnrichFunction enricher;
    private final Clock clock;
    private FixedKeyProcessorContext<String, EnrichResult> context;
    private EnrichMetrics metrics;

    EnrichProcessor(EnrichFunction enricher, Clock clock) {
        this.enricher = enricher;
        this.clock = clock;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichResult> context) {
        this.context = context;
        this.metrics = new EnrichMetrics(context.metrics(), context.taskId().toString());
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        RecordMetadata m = context.recordMetadata().orElseThrow();
        RawArticle raw = record.value();
        if (raw == null) {
            reject(record, m, "NULL_VALUE", "raw record without a value (tombstone)", null, null);
            return;
        }
        try {
            RecordRef ref = new RecordRef(m.topic(), m.partition(), m.offset());
            context.forward(record.withValue(EnrichResult.ok(enricher.enrich(raw, ref, clock.instant()))));
            metrics.enriched();
        } catch (ExtractionException e) {
            reject(record, m, e.reason().name(), e.getMessage(), e, bytes(raw.getContent()));
        }
    }

    private void reject(FixedKeyRecord<String, RawArticle> record, RecordMetadata m, String reason, String message,
                        Throwable cause, byte[] original) {
        log.warn("rejected {}-{}@{} (key {}): {} {}", m.topic(), m.partition(), m.offset(), record.key(), reason,
                message);
        Rejection rejection = Rejections.of(reason.toUpperCase(Locale.ROOT), message, cause, m.topic(), m.partition(),
                m.offset(), record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8), original,
                clock.instant());
        FixedKeyRecord<String, EnrichResult> out = record.withValue(EnrichResult.rejected(rejection));
        Rejections.addHeaders(out.headers(), rejection);
        metrics.rejected(rejection.getReasonCode());
        context.forward(out);
    }

    @Override
    public void close() {
        if (metrics != null) {
            metrics.close();
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
