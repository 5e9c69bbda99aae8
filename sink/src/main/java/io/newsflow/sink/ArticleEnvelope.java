package io.newsflow.sink;

import java.util.Objects;

import io.newsflow.schemas.avro.EnrichedArticle;

/**
 * An enriched article to store, with where it was read from ({@code position} is null when the article did not
 * come from Kafka, e.g. in a backfill).
 */
public record ArticleEnvelope(EnrichedArticle article, RecordPosition position) {

    public ArticleEnvelope {
        Objects.requireNonNull(article, "article");
    }

    public String articleId() {
        return article.getId();
    }

    /** Position for logs: the Kafka position, or the article id when there is none. */
    public String describe() {
        return position != null ? position.toString() : "article " + article.getId();
    }
}
