package io.newsflow.sink;

/**
 * The store could not take the batch: unreachable within the retry policy, or failing for a reason that is not the
 * data (authentication, permissions, schema, disk). Part of the batch may be stored; none of it is committed in
 * Kafka, so it is redelivered, and the versioned upsert absorbs what was already stored.
 */
public final class SinkUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SinkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
