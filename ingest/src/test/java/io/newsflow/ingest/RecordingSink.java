package io.newsflow.ingest;

import java.util.ArrayList;
import java.util.List;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Rejection;

/** An in-memory sink for pure tests; can be told to fail publishes. */
final class RecordingSink implements ArticleSink {

    final List<RawArticle> published = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    boolean failPublishes;

    @Override
    public void publish(RawArticle article, Outcome outcome) {
        if (failPublishes) {
            outcome.failed(new IllegalStateException("broker down"));
            return;
        }
        published.add(article);
        outcome.succeeded();
    }

    @Override
    public void reject(Rejection rejection, Outcome outcome) {
        rejected.add(rejection);
        outcome.succeeded();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
