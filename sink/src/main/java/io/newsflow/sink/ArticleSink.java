package io.newsflow.sink;

import java.util.List;

/** Stores batches of enriched articles. {@link ArticleWriter} is the JDBC one. */
public interface ArticleSink {

    /**
     * Writes a batch durably: when this returns, every article in it is committed to the store, was already stored
     * in the same or a newer version, or is listed in {@link WriteResult#failed()} (bad data the store refused).
     *
     * @throws SinkUnavailableException when the store stays unreachable after the configured retries, or fails
     *                                  for a reason that is not the data; the batch must then be redelivered
     */
    WriteResult write(List<ArticleEnvelope> batch);
}
