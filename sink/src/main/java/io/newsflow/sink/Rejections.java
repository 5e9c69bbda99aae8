package io.newsflow.sink;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;

import io.newsflow.schemas.avro.Rejection;

/** Builds the sink's dead-letter envelopes. Pure: the caller sends them. */
public final class Rejections {

    public static final String STAGE = "sink";
    public static final String DESERIALIZATION = "DESERIALIZATION";
    public static final String DATABASE = "DATABASE";
    /** Keeps a dead letter well under the rejected topic's 8 MiB message limit. */
    static final int MAX_ORIGINAL_BYTES = 1024 * 1024;
    /** Driver messages can quote values; a short message keeps article text out of the dead letter's message. */
    static final int MAX_MESSAGE_CHARS = 500;

    private Rejections() {
    }

    /** A record whose value could not be decoded. */
    public static Rejection deserialization(RecordPosition where, byte[] key, byte[] value, Throwable cause,
                                            Instant now) {
        return build(DESERIALIZATION, "could not deserialize the value: " + describe(cause), where, key, value,
                cause, now);
    }

    /** An article the database refused for a reason other than the connection. */
    public static Rejection database(RecordPosition where, byte[] key, byte[] value, Throwable cause, Instant now) {
        String state = cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                ? " (SQLState " + sql.getSQLState() + ")" : "";
        return build(DATABASE, "the database refused the article" + state + ": " + describe(cause), where, key,
                value, cause, now);
    }

    private static Rejection build(String reason, String message, RecordPosition where, byte[] key, byte[] value,
                                   Throwable cause, Instant now) {
        boolean truncated = value != null && value.length > MAX_ORIGINAL_BYTES;
        byte[] kept = value == null ? null : truncated ? Arrays.copyOf(value, MAX_ORIGINAL_BYTES) : value;
        return Rejection.newBuilder()
                .setStage(STAGE)
                .setReasonCode(reason)
                .setMessage(shorten(message))
                .setOriginalTopic(where == null ? null : where.topic())
                .setOriginalPartition(where == null ? null : where.partition())
                .setOriginalOffset(where == null ? null : where.offset())
                .setOriginalKey(key == null ? null : ByteBuffer.wrap(key))
                .setOriginalBytes(kept == null ? null : ByteBuffer.wrap(kept))
                .setOriginalSize(value == null ? 0 : value.length)
                .setTruncated(truncated)
                .setExceptionClass(cause == null ? null : cause.getClass().getName())
                .setTime(now)
                .build();
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "no exception";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return root == cause || root.getMessage() == null ? msg : msg + " (caused by " + root.getMessage() + ")";
    }

    private static String shorten(String s) {
        return s.length() <= MAX_MESSAGE_CHARS ? s : s.substring(0, MAX_MESSAGE_CHARS - 1) + "…";
    }
}
