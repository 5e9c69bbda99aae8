package io.newsflow.sink;

import io.newsflow.schemas.avro.Rejection;

/** Where the sink sends what it cannot store: the rejected topic in production, a list in tests. */
public interface RejectionSink {

    /** Queues a rejection, keyed by the article id (or the original key) when known. */
    void reject(String key, Rejection rejection);

    /**
     * Blocks until every queued rejection is durably stored. Offsets are only committed after this returns.
     *
     * @throws RuntimeException when a rejection could not be stored; the batch is then not committed
     */
    void flush();
}
