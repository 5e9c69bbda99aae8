package io.newsflow.ingest;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Rejection;

/** Where ingest sends its output: raw articles and rejections. The Kafka one is {@link KafkaArticleSink}. */
public interface ArticleSink extends AutoCloseable {

    /** Sends a raw article; the outcome is reported to {@code outcome} once the broker has answered. */
    void publish(RawArticle article, Outcome outcome);

    /** Sends a rejection; the outcome is reported to {@code outcome}. */
    void reject(Rejection rejection, Outcome outcome);

    /** Blocks until everything sent so far has been answered. */
    void flush();

    @Override
    void close();

    /** The broker's answer for one record. */
    interface Outcome {
        void succeeded();

        void failed(Exception cause);
    }
}
