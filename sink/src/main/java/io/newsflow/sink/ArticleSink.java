package io.newsflow.sink;

import java.util.List;

/** Stores batches of enriched articles. {@link ArticleWriter} is the JDBC one. */
public interface ArticleSink {

    /**
     * Writes a batch durably: when this returns, every article in it is committed to the store, was already stored
     * in the same or a newer version, or is listed in {@link WriteResult#failed()} (bad data the store refused).
     *
     * @throws SinkUnavailableException when the store stays unreachable after the configured retries; nothing
     *                                  of the batch may then be assumed stored
     */
    WriteResult write(List<ArticleEnvelope> batch);
}
