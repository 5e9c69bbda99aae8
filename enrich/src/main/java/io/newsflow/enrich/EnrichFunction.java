package io.newsflow.enrich;

import java.time.Instant;

import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.RecordRef;

/** One raw article to one enriched article; {@link ArticleEnricher} is the real one. */
@FunctionalInterface
public interface EnrichFunction {

    /**
     * @throws ExtractionException when the input is not an article (expected bad input, rejected with its reason)
     */
    EnrichedArticle enrich(RawArticle article, RecordRef raw, Instant now) throws ExtractionException;
}
