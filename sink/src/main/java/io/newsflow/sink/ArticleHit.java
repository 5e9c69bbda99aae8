package io.newsflow.sink;

import java.time.Instant;
import java.util.List;

/**
 * One article found by {@link ArticleQuery}: the fields a person scans in a list, plus subjects and entities.
 *
 * @param subjects subject labels, highest confidence first
 * @param qcodes   the subjects' qcodes, in the same order
 * @param entities entity names, most mentioned first
 * @param removedBoilerplateCount lines or blocks enrich removed as boilerplate
 */
public record ArticleHit(String articleId, String headline, Instant datePublished, Instant enrichedAt,
                         String publisher, String section, String language, String authors, String url,
                         int wordCount, String duplicateOf, List<String> subjects, List<String> qcodes,
                         List<String> entities, int removedBoilerplateCount) {

    public ArticleHit {
        subjects = List.copyOf(subjects);
        qcodes = List.copyOf(qcodes);
        entities = List.copyOf(entities);
    }

    /** The time the list is ordered by: publication, or enrichment when the article is undated. */
    public Instant newestTime() {
        return datePublished != null ? datePublished : enrichedAt;
    }
}
