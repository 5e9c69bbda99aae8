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
        int best = page.html ? bestContainer(blocks) : 0;
        if (best != 0) {
            for (Block b : blocks) {
                for (int c : b.containers) {
                    b.inBestContainer |= c == best;
                }
            }
        }
        boolean anyArticle = false;
        for (Block b : blocks) {
            anyArticle |= b.inArticle && !b.removed && b.proseLike();
        }
        double bestSum = 0;
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
            if (run > bestSum) {
                bestSum = run;
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

    /**
     * The container holding most prose: each prose block votes its words for its container and half
     * for the container above (as Readability does), so wrappers of the article win over sidebars.
     */
    static int bestContainer(List<Block> blocks) {
        java.util.Map<Integer, Double> votes = new java.util.HashMap<>();
        for (Block b : blocks) {
            if (b.removed || !b.proseLike()) {
                continue;
            }
            double w = b.words;
            for (int c : b.containers) {
                votes.merge(c, w, Double::sum);
                w /= 2;
            }
        }
        int best = 0;
        double top = 0;
        for (java.util.Map.Entry<Integer, Double> e : votes.entrySet()) {
            if (e.getValue() > top) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    static double score(Block b, boolean anyArticle) {
        if (b.removed) {
            return -Thresholds.SPAN_PENALTY_REMOVED;
        }
        if (b.inBestContainer && b.linkDensity() <= Thresholds.CONTENT_MAX_LINK_DENSITY) {
            return Math.max(b.words, 1);
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
