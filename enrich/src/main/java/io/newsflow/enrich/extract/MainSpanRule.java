package io.newsflow.enrich.extract;

import java.util.List;

/**
 * The article is the densest run of prose: each block scores its words when prose-like and a
 * small penalty otherwise; the best-scoring contiguous span (maximum subarray) is the article.
 * Headings and short lines inside it stay; everything outside goes.
 */
final class MainSpanRule implements BlockRule {
    /** Name of the rule that removes title lines (see {@link HeadlineRule}). */
    private static final String HEADLINE_RULE = "headline";
    /** Prose inside an article container (article, main, itemprop=articleBody) weighs more. */
    private static final double ARTICLE_CONTAINER_BOOST = 1.5;
    /** Fewer words than this are labels even with a period ("Home.", "Next:"). */
    private static final int SHORT_SENTENCE_MIN_WORDS = 3;
    /** JSON-LD articleBody shorter than this is a summary, not the article. */
    private static final int STRUCTURED_BODY_MIN_WORDS = 80;
    /** Share of a block's shingles found in articleBody to count the block as article text. */
    private static final double STRUCTURED_BODY_MIN_CONTAINMENT = 0.6;
    /** Score of a section-end heading: no article is long enough to continue across it. */
    private static final double BARRIER = -1e9;
    /** Weight of non-prose words against a container: chrome words count less than prose words. */
    private static final double CONTAINER_BAD_WEIGHT = 0.5;
    /** Prose outside the chosen article container counts for little: teasers and comments sit there. */
    private static final double OUTSIDE_CONTAINER_WEIGHT = 0.0;

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
        markStructuredBody(page);
        if (page.html) {
            hardenBarriers(blocks);
        } else {
            bridgeCohesiveBarriers(blocks);
        }
        boolean anyArticle = false;
        for (Block b : blocks) {
            anyArticle |= b.inArticle && !b.removed && b.proseLike();
        }
        AfterSectionEnd after = page.html ? null : new AfterSectionEnd();
        double[] scores = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            double s = score(b, anyArticle, page.html ? Thresholds.SPAN_PENALTY_SHORT : Thresholds.SPAN_PENALTY_SHORT_TEXT);
            if (best != 0 && !b.inBestContainer && s > 0) {
                s *= OUTSIDE_CONTAINER_WEIGHT;
            }
            if (after != null) {
                s = after.weigh(b, s);
            }
            b.score = s;
            scores[i] = s;
        }
        int[] span = densestRun(scores);
        if (span[0] < 0) {
            span = listSpan(blocks, page.html ? Thresholds.SPAN_PENALTY_SHORT : Thresholds.SPAN_PENALTY_SHORT_TEXT);
        }
        int bestStart = span[0];
        int bestEnd = span[1];
        for (int i = 0; i < blocks.size(); i++) {
            if (i < bestStart || i > bestEnd) {
                blocks.get(i).remove(name(), i < bestStart ? "before the article text" : "after the article text");
            }
        }
    }

    /**
     * A page without a single prose block (a fixture calendar, a results list, a table of figures) still has
     * its article: the densest run of the short lines no rule removed, each line its words, each removed or
     * mostly linked line a penalty. Returns {start, end}, both -1 when nothing is left.
     */
    static int[] listSpan(List<Block> blocks, double shortPenalty) {
        double[] scores = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            scores[i] = b.barrier ? BARRIER
                    : b.removed || b.linkDensity() > Thresholds.CONTENT_MAX_LINK_DENSITY ? -shortPenalty : b.words;
        }
        return densestRun(scores);
    }

    /** The run of consecutive scores with the largest positive sum, as {start, end}; both -1 when none is positive. */
    static int[] densestRun(double[] scores) {
        double bestSum = 0;
        int bestStart = -1;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < scores.length; i++) {
            if (run <= 0) {
                run = scores[i];
                runStart = i;
            } else {
                run += scores[i];
            }
            if (run > bestSum) {
                bestSum = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return new int[] {bestStart, bestEnd};
    }

    /**
     * The article container: the element whose subtree holds the most prose words net of the
     * words it also holds in non-prose and removed blocks (menus, link lists, chrome).
     */
    static int bestContainer(List<Block> blocks) {
        java.util.Map<Integer, Double> votes = new java.util.HashMap<>();
        for (Block b : blocks) {
            double v = !b.removed && b.proseLike() ? b.words : -CONTAINER_BAD_WEIGHT * b.words;
            for (int c : b.containers) {
                votes.merge(c, v, Double::sum);
            }
        }
        int best = 0;
        double top = 0;
        for (java.util.Map.Entry<Integer, Double> e : votes.entrySet()) {
            if (e.getValue() > top || e.getValue() == top && e.getKey() > best) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * Plain text: what follows a section end that closed real prose under the title line is related content
     * or comments, and weighs {@link Thresholds#AFTER_SECTION_END_WEIGHT}. Prose above the title (the page's
     * own blurbs) does not count; comment headings ("Jane on May 5 said:") need no title, since nothing but
     * comments follows them.
     */
    private static final class AfterSectionEnd {
        private int proseUnderTitle;
        private int prose;
        private boolean titleSeen;
        private boolean after;

        double weigh(Block b, double score) {
            after |= b.barrier && (proseUnderTitle >= Thresholds.BRIDGE_MIN_WORDS
                    || prose >= Thresholds.BRIDGE_MIN_WORDS && SectionEndRule.opensComments(b.text));
            if (b.removed && HEADLINE_RULE.equals(b.rule)) {
                proseUnderTitle = 0;
                titleSeen = true;
            } else if (!b.removed && b.proseLike()) {
                proseUnderTitle += titleSeen ? b.words : 0;
                prose += b.words;
            }
            return after && score > 0 ? score * Thresholds.AFTER_SECTION_END_WEIGHT : score;
        }
    }

    /**
     * A section-end heading inside the article container may head an embedded box ("Related: …") that the
     * article text flows around. When the element the heading shares with the prose after it (their
     * innermost common element) does not hold the prose before it, the heading heads its own section (a
     * related-stories list, teaser cards, an author bio): the article container ends at the heading. A
     * lead-in ending in a colon ("Read more about costs:") may introduce a list in the article; it ends the
     * article only when links follow.
     */
    static void hardenBarriers(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.barrier || !b.inBestContainer || b.containers.length == 0) {
                continue;
            }
            int before = nearestProse(blocks, i, -1);
            int after = nearestProse(blocks, i, 1);
            int section = after < 0 ? 0 : sharedContainer(b, blocks.get(after));
            if (before >= 0 && section != 0 && !within(blocks.get(before), section)
                    && (!b.text.endsWith(":") || anyLinks(blocks, i + 1, after))) {
                for (int j = i; j < blocks.size(); j++) {
                    blocks.get(j).inBestContainer = false;
                }
                return;
            }
        }
    }

    /**
     * Plain text has no containers to tell a "Related" box inside the article from the end of it; the text
     * on both sides of the heading does. When the prose after the heading carries on the topic of the prose
     * before it (shares enough content words) the heading belonged to a box and the article resumes: the
     * span may cross it. Teasers of other stories share little; comments share a lot, so comment headings
     * always end the article.
     */
    static void bridgeCohesiveBarriers(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.barrier || SectionEndRule.opensComments(b.text)) {
                continue;
            }
            if (contentWords(blocks, i, -1, null) < Thresholds.BRIDGE_MIN_WORDS
                    || contentWords(blocks, i, 1, null) < Thresholds.BRIDGE_MIN_WORDS) {
                continue; // counted before any word is read: most headings have little prose on one side
            }
            java.util.Set<String> before = new java.util.HashSet<>();
            java.util.Set<String> after = new java.util.HashSet<>();
            contentWords(blocks, i, -1, before);
            contentWords(blocks, i, 1, after);
            int shared = 0;
            for (String w : after) {
                if (before.contains(w)) {
                    shared++;
                }
            }
            if (shared >= Thresholds.BRIDGE_MIN_COHESION * Math.min(before.size(), after.size())) {
                b.barrier = false;
            }
        }
    }

    /**
     * Collects the content words (longer than three letters, not function words) of the prose next to a
     * heading, up to {@link Thresholds#BRIDGE_WINDOW_WORDS} words and not across another heading of the kind;
     * returns the prose words seen. With {@code out} null it only counts.
     */
    private static int contentWords(List<Block> blocks, int from, int step, java.util.Set<String> out) {
        int words = 0;
        for (int j = from + step; j >= 0 && j < blocks.size() && words < Thresholds.BRIDGE_WINDOW_WORDS; j += step) {
            Block o = blocks.get(j);
            if (o.barrier) {
                break;
            }
            if (o.removed || !o.proseLike()) {
                continue;
            }
            words += o.words;
            if (out == null) {
                continue;
            }
            for (String w : Texts.tokens(o.text)) {
                if (w.length() > 3 && !Lexicon.STOPWORDS.contains(w)) {
                    out.add(w);
                }
            }
        }
        return words;
    }

    /**
     * Index of the nearest kept prose block from {@code from} in direction {@code step}, or -1. Other section-end
     * headings on the way are crossed: a "Reviews" heading over a rating widget right above a "Most popular" list
     * would otherwise hide the article text from the one and the list from the other.
     */
    private static int nearestProse(List<Block> blocks, int from, int step) {
        for (int j = from + step; j >= 0 && j < blocks.size(); j += step) {
            Block o = blocks.get(j);
            if (!o.removed && o.proseLike()) {
                return j;
            }
        }
        return -1;
    }

    /** Some block in [from, to) is mostly link text: titles of other pages. */
    private static boolean anyLinks(List<Block> blocks, int from, int to) {
        for (int j = from; j < to; j++) {
            if (blocks.get(j).linkDensity() > Thresholds.CONTENT_MAX_LINK_DENSITY) {
                return true;
            }
        }
        return false;
    }

    /** The innermost element holding both blocks (0 when their recorded container chains do not meet). */
    private static int sharedContainer(Block a, Block b) {
        for (int c : a.containers) {
            if (within(b, c)) {
                return c;
            }
        }
        return 0;
    }

    private static boolean within(Block b, int container) {
        for (int c : b.containers) {
            if (c == container) {
                return true;
            }
        }
        return false;
    }

    /**
     * Blocks whose word shingles are mostly found in the JSON-LD articleBody are article text,
     * whatever their shape; when that body is substantial, prose outside it is not.
     */
    static void markStructuredBody(Page page) {
        if (page.structuredBody == null) {
            return;
        }
        long[] tokens = Texts.tokenHashes(page.structuredBody);
        if (tokens.length < STRUCTURED_BODY_MIN_WORDS) {
            return;
        }
        java.util.Set<Long> body = new java.util.HashSet<>();
        for (long h : RepetitionRule.shingles(tokens)) {
            body.add(h);
        }
        for (Block b : page.blocks) {
            long[] sh = RepetitionRule.shingles(b.tokenHashes);
            if (sh.length == 0) {
                continue;
            }
            int in = 0;
            for (long h : sh) {
                if (body.contains(h)) {
                    in++;
                }
            }
            b.inStructuredBody = in >= STRUCTURED_BODY_MIN_CONTAINMENT * sh.length;
            b.outsideStructuredBody = in == 0;
        }
    }

    /** A short line that reads as a sentence: ends like one and has a function word. */
    static boolean isShortSentence(Block b) {
        return b.words >= SHORT_SENTENCE_MIN_WORDS && (b.stopwords > 0 || b.ignoreStopwords) && Texts.endsSentence(b.text)
                && Texts.startsUpperOrDigit(b.text);
    }

    static double score(Block b, boolean anyArticle, double shortPenalty) {
        if (b.barrier) {
            // inside the article container such a heading may belong to an embedded box: a plain penalty
            return b.inBestContainer ? -shortPenalty : BARRIER;
        }
        if (b.removed) {
            // removed captions, tables of figures and the like inside the article do not break it
            return b.inBestContainer ? 0 : -Thresholds.SPAN_PENALTY_REMOVED;
        }
        if (b.inStructuredBody) {
            return Math.max(b.words, 1);
        }
        if (b.outsideStructuredBody && b.proseLike()) {
            return 0; // the page states its article text and this is not in it (teasers, bios)
        }
        if (b.inBestContainer && b.linkDensity() <= Thresholds.CONTENT_MAX_LINK_DENSITY) {
            return Math.max(b.words, 1);
        }
        if (b.inBestContainer && b.words >= Thresholds.CONTENT_MIN_WORDS && Texts.endsSentence(b.text)
                && (b.stopwords > 0 || b.ignoreStopwords)) {
            // a sentence in the article that links much of itself ("Apple is holding an event, reports say.")
            return b.words * (1 - b.linkDensity());
        }
        if (b.proseLike()) {
            double w = b.words;
            if (anyArticle && b.inArticle) {
                w *= ARTICLE_CONTAINER_BOOST;
            }
            return w;
        }
        if (b.linkChars == 0 && isShortSentence(b)) {
            return 0; // "Hi Milan," / "He left." — prose too short to count, not chrome either
        }
        return -shortPenalty - b.words * b.linkDensity() * Thresholds.SPAN_PENALTY_LINKY;
    }
}
