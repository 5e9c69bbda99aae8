package io.newsflow.enrich.extract;

import java.util.List;

/**
 * The article is the densest run of prose: each block scores its words when prose-like and a
 * small penalty otherwise; the best-scoring contiguous span (maximum subarray) is the article.
 * Headings and short lines inside it stay; everything outside goes.
 */
final class MainSpanRule implements BlockRule {
    /** Prose inside an article container (article, main, itemprop=articleBody) weighs more. */
    private static final double ARTICLE_CONTAINER_BOOST = 1.5;

    @Override
    public String name() {
        return "main-span";
    }

    @Override
    public void apply(Page page) {
        List<Block> blocks = page.blocks;
        boolean anyArticle = false;
        for (Block b : blocks) {
            anyArticle |= b.inArticle && !b.removed && b.proseLike();
        }
        double best = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            double s = score(b, anyArticle);
            b.score = s;
            if (run <= 0) {
                run = s;
                runStart = i;
            } else {
                run += s;
            }
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (i < bestStart || i > bestEnd) {
                blocks.get(i).remove(name(), i < bestStart ? "before the article text" : "after the article text");
            }
        }
    }

    static double score(Block b, boolean anyArticle) {
        if (b.removed) {
            return -Thresholds.SPAN_PENALTY_REMOVED;
        }
        if (b.proseLike()) {
            double w = b.words;
            if (anyArticle && b.inArticle) {
                w *= ARTICLE_CONTAINER_BOOST;
            }
            return w;
        }
        return -Thresholds.SPAN_PENALTY_SHORT - b.words * b.linkDensity() * Thresholds.SPAN_PENALTY_LINKY;
    }
}
