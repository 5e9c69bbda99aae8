package io.newsflow.sink;

import java.sql.SQLException;
import java.util.List;

/**
 * What a batch write did.
 *
 * @param written   articles inserted or updated (their version was newer than the stored one)
 * @param unchanged articles not written because the store (or the same batch) already had that or a newer version
 * @param failed    articles the store refused for a reason other than the connection, one by one
 */
public record WriteResult(int written, int unchanged, List<FailedArticle> failed) {

    public static final WriteResult EMPTY = new WriteResult(0, 0, List.of());

    public WriteResult {
        failed = List.copyOf(failed);
    }

    /** An article the database refused, and why. */
    public record FailedArticle(ArticleEnvelope envelope, SQLException cause) {
    }
}
