package io.newsflow.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Classifier thresholds, values in {@code thresholds.properties}; each constant says why. */
final class Thresholds {
    private static final Properties P = load();

    /** A prose block has at least this many words: shorter lines are labels, buttons, headings. */
    static final int CONTENT_MIN_WORDS = i("content.minWords");
    /** This many words make a block prose-like even without sentence punctuation. */
    static final int CONTENT_LONG_WORDS = i("content.longWords");
    /** Prose has function words; menus and tag lists have almost none. */
    static final double CONTENT_MIN_STOPWORD_DENSITY = d("content.minStopwordDensity");
    /** A page whose longer blocks have fewer function words than this is in a language without a list. */
    static final double PAGE_MIN_STOPWORD_DENSITY = d("page.minStopwordDensity");
    /** Above this share of linked text a block is not article prose. */
    static final double CONTENT_MAX_LINK_DENSITY = d("content.maxLinkDensity");
    /** At this share of linked text a block is a link list (related links, menus). */
    static final double LINK_LIST_MIN_DENSITY = d("linkList.minLinkDensity");
    /** Prose read on each side of a related-content heading in plain text to judge whether the article resumes. */
    static final int BRIDGE_WINDOW_WORDS = i("bridge.windowWords");
    /** Below this much prose on either side there is too little text to judge topic continuity. */
    static final int BRIDGE_MIN_WORDS = i("bridge.minWords");
    /** Share of content words the prose after the heading shares with the prose before it when the article
     *  resumes; teasers of other stories share a few percent. */
    static final double BRIDGE_MIN_COHESION = d("bridge.minCohesion");
    /** Weight of prose after a section end that closed real prose (plain text): related items or comments,
     *  kept only when they clearly outweigh what came before. */
    static final double AFTER_SECTION_END_WEIGHT = d("span.afterSectionEndWeight");
    /** A dateline with publication and update times runs to this many words. */
    static final int DATELINE_LONG_MAX_WORDS = i("dateline.longMaxWords");
    /** Share of a longer top line that must be numbers or date words (month, weekday, clock, "updated") to be
     *  a dateline rather than a title or sentence with a date in it. */
    static final double DATELINE_LONG_MIN_DATE_SHARE = d("dateline.longMinDateShare");
    /** A teaser card summarises in a few sentences; a longer <article> is content of its own. */
    static final int TEASER_MAX_WORDS = i("teaser.maxWords");
    /** The page's article has this many times the prose of a teaser card (live-blog posts are alike in size). */
    static final int TEASER_MIN_DOMINANCE = i("teaser.minDominance");
    /** Cost of a short non-prose block inside the main span: a few may sit between paragraphs. */
    static final double SPAN_PENALTY_SHORT = d("span.penaltyShort");
    /** Plain text has no markup to vouch for short lines, so they cost more there. */
    static final double SPAN_PENALTY_SHORT_TEXT = d("span.penaltyShortText");
    /** Cost per word of linked text: link lists break the main span. */
    static final double SPAN_PENALTY_LINKY = d("span.penaltyLinky");
    /** Cost of a block already removed by a rule: keeps the span from bridging across chrome. */
    static final double SPAN_PENALTY_REMOVED = d("span.penaltyRemoved");
    /** Weight of words in blocks from chrome containers (nav, footer, aside): neutral. */
    static final double SPAN_CHROME_WEIGHT = d("span.chromeWeight");
    /** Headings inside the article are short; longer non-prose lines are not headings. */
    static final int HEADING_MAX_WORDS = i("heading.maxWords");
    /** A title line is at most this long. */
    static final int TITLE_MAX_WORDS = i("title.maxWords");
    /** A title line has at least this many words (single words are labels). */
    static final int TITLE_MIN_WORDS = i("title.minWords");
    /** Names in a byline: a few people with particles, not a sentence. */
    static final int BYLINE_MAX_NAME_WORDS = i("byline.maxNameWords");
    /** Captions and credits are short; a long block with "Source:" is prose citing a source. */
    static final int CAPTION_MAX_WORDS = i("caption.maxWords");
    /** Sign-up prompts are short; longer blocks mentioning a newsletter are prose. */
    static final int NEWSLETTER_MAX_WORDS = i("newsletter.maxWords");
    /** "Welcome to X" chrome is a greeting plus a name. */
    static final int WELCOME_MAX_WORDS = i("welcome.maxWords");
    /** Near-duplicate detection needs enough words to be meaningful (short lines: exact match only). */
    static final int REPEAT_MIN_WORDS = i("repeat.minWords");
    /** Share of a block's shingles found in one earlier block to call it a (truncated) repeat. */
    static final double REPEAT_MIN_CONTAINMENT = d("repeat.minContainment");
    /** Word n-gram size for near-duplicate shingles. */
    static final int REPEAT_SHINGLE = i("repeat.shingle");
    /** A chrome-looking container holding more than this share of the page text is the page itself. */
    static final double CHROME_CONTAINER_MAX_SHARE = d("chromeContainer.maxShare");
    /** Byline and caption boxes (author line, bio, figure credit) are short; a longer element with such a
     *  class token is a post or page labelled by its CMS ("author-jane", "single-author"). */
    static final int CONTEXT_BOX_MAX_CHARS = i("contextBox.maxChars");
    /** A chrome-looking element holds the article when an article container inside it has this share of the
     *  page's paragraph text; teaser cards in a sidebar hold a few percent each. */
    static final double CHROME_HELD_ARTICLE_MIN_SHARE = d("chromeContainer.heldArticleMinShare");
    /** Characters of body text the language detector tries first: enough for a clear answer on most prose. */
    static final int LANGUAGE_PROBE_CHARS = i("language.probeChars");
    /** Below this log-odds margin between the two best languages, the probe's answer is not trusted. */
    static final double LANGUAGE_MIN_MARGIN = d("language.minMargin");
    /** Characters of body text the detector reads when the probe was unclear: a stable answer, bounded cost. */
    static final int LANGUAGE_SAMPLE_CHARS = i("language.sampleChars");
    /** Below this many characters language detection is noise. */
    static final int LANGUAGE_MIN_CHARS = i("language.minChars");
    /** Inputs above this size are rejected (no news article is this large). */
    static final int INPUT_MAX_BYTES = i("input.maxBytes");
    /** Share of control bytes above which the input is binary. */
    static final double INPUT_MAX_BINARY_SHARE = d("input.maxBinaryShare");

    private Thresholds() { }

    private static Properties load() {
        try (InputStream in = Thresholds.class.getResourceAsStream("thresholds.properties")) {
            if (in == null) {
                throw new IllegalStateException("thresholds.properties missing");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String v(String key) {
        String s = P.getProperty(key);
        if (s == null) {
            throw new IllegalStateException("threshold missing: " + key);
        }
        return s.strip();
    }

    private static int i(String key) { return Integer.parseInt(v(key)); }

    private static double d(String key) { return Double.parseDouble(v(key)); }
}
