package io.newsflow.enrich.extract;

/** A unit of text (a line, a paragraph, a DOM block) with the features the rules read. */
final class Block {
    /** What kind of element produced the block (markup hint; {@code LINE} for plain text). */
    enum Kind { LINE, PARAGRAPH, HEADING, LIST_ITEM, CELL, QUOTE, PRE, OTHER }

    final int index;
    final String text;
    final Kind kind;
    final int headingLevel;
    /** Hashes of the lower-cased word tokens ({@link Texts#scan}). */
    final long[] tokenHashes;
    /** Hash of the whole token sequence: equal for texts that differ only in case, spacing and punctuation. */
    final long key;
    final int words;
    final int stopwords;
    /** Tokens starting with a digit (counters, dates in digits). */
    final int numericTokens;
    /** Characters of linked text (0 for plain text). */
    final int linkChars;
    /** Context flags (HTML only; false for plain text). */
    final boolean inChrome;
    final String chromeWhy;
    final boolean inCaption;
    final boolean inByline;
    final boolean inArticle;
    final boolean blankBefore;
    final String path;
    final int domDepth;

    /** True when the page's language has no stopword list: stopword density says nothing then. */
    boolean ignoreStopwords;
    /** Ids of the nearest container elements (innermost first; HTML only). */
    int[] containers = new int[0];
    /** Set by the main-span rule: the block sits in the container holding most of the prose. */
    boolean inBestContainer;
    /** Set by the section-end rule: the article does not continue across this block. */
    boolean barrier;
    /** Set by the main-span rule from JSON-LD articleBody: mostly inside it / entirely outside it. */
    boolean inStructuredBody;
    boolean outsideStructuredBody;
    boolean removed;
    String rule;
    String reason;
    double score;

    Block(int index, String text, Kind kind, int headingLevel, int linkChars, boolean inChrome, String chromeWhy,
          boolean inCaption, boolean inByline, boolean inArticle, boolean blankBefore, String path, int domDepth) {
        this.index = index;
        this.text = text;
        this.kind = kind;
        this.headingLevel = headingLevel;
        Texts.TokenScan scan = Texts.scan(text);
        this.tokenHashes = scan.hashes();
        this.key = scan.key();
        this.words = tokenHashes.length;
        this.numericTokens = scan.numeric();
        int sw = 0;
        for (long t : tokenHashes) {
            if (Lexicon.STOPWORD_HASHES.contains(t)) {
                sw++;
            }
        }
        this.stopwords = sw;
        this.linkChars = linkChars;
        this.inChrome = inChrome;
        this.chromeWhy = chromeWhy;
        this.inCaption = inCaption;
        this.inByline = inByline;
        this.inArticle = inArticle;
        this.blankBefore = blankBefore;
        this.path = path;
        this.domDepth = domDepth;
    }

    static Block line(int index, String text, boolean blankBefore) {
        return new Block(index, text, Kind.LINE, 0, 0, false, null, false, false, false, blankBefore, "", 0);
    }

    private String lower;

    /** The text in lower case (computed once; several rules match phrases against it). */
    String lower() {
        String l = lower;
        if (l == null) {
            l = text.toLowerCase(java.util.Locale.ROOT);
            lower = l;
        }
        return l;
    }

    double stopwordDensity() {
        return words == 0 ? 0 : (double) stopwords / words;
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }

    boolean hasIdeographs() {
        for (int i = 0; i < Math.min(text.length(), 64); i++) {
            if (Texts.isIdeographic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Reads like article prose: enough words, function words, sentence ends, few links. */
    boolean proseLike() {
        if (linkDensity() > Thresholds.CONTENT_MAX_LINK_DENSITY) {
            return false;
        }
        boolean langOk = ignoreStopwords || stopwordDensity() >= Thresholds.CONTENT_MIN_STOPWORD_DENSITY
                || hasIdeographs();
        if (words >= Thresholds.CONTENT_LONG_WORDS) {
            return langOk || stopwords == 0 && words >= 2 * Thresholds.CONTENT_LONG_WORDS;
        }
        return words >= Thresholds.CONTENT_MIN_WORDS && langOk && Texts.endsSentence(text);
    }

    void remove(String rule, String reason) {
        if (!removed) {
            this.removed = true;
            this.rule = rule;
            this.reason = reason;
        }
    }

    void keep(String rule, String reason) {
        this.removed = false;
        this.rule = rule;
        this.reason = reason;
    }

    String features() {
        return String.format(java.util.Locale.ROOT, "words=%d sw=%.2f link=%.2f kind=%s%s%s", words, stopwordDensity(),
                linkDensity(), kind, path.isEmpty() ? "" : " path=" + path, inChrome ? " chrome=" + chromeWhy : "");
    }

    @Override
    public String toString() {
        return index + (removed ? " -" : " +") + " " + text;
    }
}
