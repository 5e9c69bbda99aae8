package io.newsflow.enrich.stream;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejection;

/** What the enrich step made of one raw record: an article, or a rejection. Exactly one is set. */
record EnrichResult(EnrichedArticle article, Rejection rejection) {

    static EnrichResult ok(EnrichedArticle article) {
        return new EnrichResult(article, null);
    }

    static EnrichResult rejected(Rejection rejection) {
        return new EnrichResult(null, rejection);
    }

    boolean isRejected() {
        return rejection != null;
    }
}
