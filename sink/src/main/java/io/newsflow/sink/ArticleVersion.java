package io.newsflow.sink;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

import io.newsflow.schemas.avro.EnrichedArticle;

/**
 * Which of two enrichments of the same article is newer, the rule the upsert's {@code WHERE} clause applies too.
 *
 * <p>Newer means: a later {@code enrichedAt}; when equal, a higher offset of the raw record it was derived from
 * ({@code raw.offset}, a later fetch of the same article in its raw partition). Equal on both means the same
 * version (a redelivery): it is not written again, so replays are no-ops. {@code contentHash} is stored but does
 * not order versions: a hash says whether text differs, not which text came later.
 */
public record ArticleVersion(Instant enrichedAt, long rawOffset) implements Comparable<ArticleVersion> {

    private static final Comparator<ArticleVersion> ORDER =
            Comparator.comparing(ArticleVersion::enrichedAt).thenComparingLong(ArticleVersion::rawOffset);

    public ArticleVersion {
        Objects.requireNonNull(enrichedAt, "enrichedAt");
    }

    public static ArticleVersion of(EnrichedArticle article) {
        return new ArticleVersion(article.getEnrichedAt(), article.getRaw().getOffset());
    }

    public boolean isNewerThan(ArticleVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ArticleVersion other) {
        return ORDER.compare(this, other);
    }
}
