package io.newsflow.enrich.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.apache.kafka.common.header.Headers;

import io.newsflow.schemas.avro.Rejection;

/** Builds the dead-letter envelope for enrich, and the headers that carry the cause. */
final class Rejections {

    static final String STAGE = "enrich";
    static final String HEADER_REASON = "newsflow.reason";
    static final String HEADER_EXCEPTION = "newsflow.exception";
    static final String HEADER_MESSAGE = "newsflow.message";
    static final String HEADER_STAGE = "newsflow.stage";
    /** Bytes of the original record kept in a rejection; the rest is on the raw topic at the given offset. */
    static final int ORIGINAL_BYTES_CAP = 256 * 1024;

    private Rejections() {
    }

    static Rejection of(String reasonCode, String message, Throwable cause, String topic, int partition, long offset,
                        byte[] key, byte[] value, Instant now) {
        byte[] kept = value == null ? null : value.length > ORIGINAL_BYTES_CAP
                ? Arrays.copyOf(value, ORIGINAL_BYTES_CAP) : value;
        return Rejection.newBuilder()
                .setStage(STAGE)
                .setReasonCode(reasonCode)
                .setMessage(message == null ? String.valueOf(cause) : message)
                .setOriginalTopic(topic)
                .setOriginalPartition(partition)
                .setOriginalOffset(offset)
                .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
                .setOriginalBytes(kept == null ? null : ByteBuffer.wrap(kept))
                .setOriginalSize(value == null ? 0 : value.length)
                .setTruncated(value != null && kept.length < value.length)
                .setExceptionClass(cause == null ? null : cause.getClass().getName())
                .setTime(now)
                .build();
    }

    static void addHeaders(Headers headers, Rejection r) {
        headers.remove(HEADER_REASON).remove(HEADER_EXCEPTION).remove(HEADER_MESSAGE).remove(HEADER_STAGE);
        headers.add(HEADER_STAGE, utf8(r.getStage()));
        headers.add(HEADER_REASON, utf8(r.getReasonCode()));
        headers.add(HEADER_MESSAGE, utf8(r.getMessage()));
        if (r.getExceptionClass() != null) {
            headers.add(HEADER_EXCEPTION, utf8(r.getExceptionClass()));
        }
    }

    static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
