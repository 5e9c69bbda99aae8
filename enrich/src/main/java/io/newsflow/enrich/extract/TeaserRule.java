package io.newsflow.enrich.extract;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Teaser cards: an {@code <article>} element with a linked title and a short summary, beside the page's
 * own article (related stories, "more from", latest-news lists). Every block of such a card goes. The
 * page's own article is the {@code <article>} element (or the text outside any) with the most prose;
 * a card is small next to it, and all cards together are smaller than it, so a page of equal parts (a live
 * blog) or of many items (a roundup) keeps all of them.
 */
final class TeaserRule implements BlockRule {
    @Override
    public String name() {
        return "teaser";
    }

    @Override
    public void apply(Page page) {
        BitSet articles = page.articleElements;
        if (articles.cardinality() < 2) {
            return;
        }
        Map<Integer, int[]> units = new HashMap<>(); // unit -> {prose words, linked titles}
        for (Block b : page.blocks) {
            int[] u = units.computeIfAbsent(unit(b, articles), k -> new int[2]);
            if (!b.removed && b.proseLike()) {
                u[0] += b.words;
            }
            if (b.kind == Block.Kind.HEADING && b.linkDensity() >= Thresholds.LINK_LIST_MIN_DENSITY) {
                u[1]++;
            }
        }
        int main = 0;
        int mainWords = -1;
        for (Map.Entry<Integer, int[]> e : units.entrySet()) {
            if (e.getValue()[0] > mainWords) {
                mainWords = e.getValue()[0];
                main = e.getKey();
            }
        }
        BitSet enclosing = new BitSet(); // <article> elements around the main one: its own wrappers
        for (Block b : page.blocks) {
            if (unit(b, articles) == main) {
                for (int c : b.containers) {
                    if (articles.get(c)) {
                        enclosing.set(c);
                    }
                }
            }
        }
        BitSet cards = new BitSet();
        long cardWords = 0;
        for (Map.Entry<Integer, int[]> e : units.entrySet()) {
            int id = e.getKey();
            int[] u = e.getValue();
            if (id != 0 && !enclosing.get(id) && u[1] > 0 && u[0] <= Thresholds.TEASER_MAX_WORDS
                    && (long) u[0] * Thresholds.TEASER_MIN_DOMINANCE <= mainWords) {
                cards.set(id);
                cardWords += u[0];
            }
        }
        if (cards.isEmpty() || cardWords > mainWords) {
            return; // the cards outweigh the "article": a roundup of items, not an article with teasers
        }
        for (Block b : page.blocks) {
            if (cards.get(unit(b, articles))) {
                b.remove(name(), "teaser of another article (linked title and summary)");
            }
        }
    }

    /** The innermost {@code <article>} element holding the block, or 0. */
    private static int unit(Block b, BitSet articles) {
        for (int c : b.containers) {
            if (articles.get(c)) {
                return c;
            }
        }
        return 0;
    }
}
