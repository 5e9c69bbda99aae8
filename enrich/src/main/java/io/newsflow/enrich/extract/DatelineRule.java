package io.newsflow.enrich.extract;

import java.util.Locale;

/**
 * Metadata lines around the top of an article: dates, reading times, bare counters
 * ("Dec 18, 2025 ⋅ 10 min read", "2025-12-18", "3078"). Dates found here feed datePublished.
 */
final class DatelineRule implements BlockRule {
    /** Datelines and counters are a few tokens. */
    private static final int MAX_WORDS = 8;

    @Override
    public String name() {
        return "dateline";
    }

    @Override
    public void apply(Page page) {
        int first = firstParagraph(page);
        for (Block b : page.blocks) {
            if (b.removed || b.words == 0) {
                continue;
            }
            if (b.words > MAX_WORDS) {
                boolean top = first < 0 || b.index < first;
                if (top && b.words <= Thresholds.DATELINE_LONG_MAX_WORDS && allDate(b.text)) {
                    page.published(Dates.text(b.text), "text");
                    b.remove(name(), "dateline (metadata, not body)");
                }
                continue;
            }
            String lower = b.text.toLowerCase(Locale.ROOT);
            boolean readingTime = lower.contains("min read") || lower.contains("minute read")
                    || lower.contains("minutes read") || lower.contains("reading time");
            boolean top = first < 0 || b.index < first;
            if (readingTime || top && (numeric(b) || Dates.text(b.text) != null || Dates.parse(b.text) != null)) {
                page.published(Dates.text(b.text), "text");
                b.remove(name(), "dateline or reading time (metadata, not body)");
            }
        }
    }

    /** The first prose block that is not a heading: a headline ending in a period is not the article yet. */
    private static int firstParagraph(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && b.kind != Block.Kind.HEADING && b.proseLike()) {
                return b.index;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> DATE_WORDS = Lexicon.set("dateline-words.txt");

    /** Nearly every token is a number or a date word: "Published: Nov 18, 2019 at 8:59 pm | Updated: 10:16 pm". */
    static boolean allDate(String text) {
        java.util.List<String> tokens = Texts.tokens(text);
        int dates = 0;
        boolean digits = false;
        for (String t : tokens) {
            boolean digit = Character.isDigit(t.charAt(0));
            digits |= digit;
            if (digit || DATE_WORDS.contains(t)) {
                dates++;
            }
        }
        return digits && dates >= Thresholds.DATELINE_LONG_MIN_DATE_SHARE * tokens.size();
    }

    /** Most tokens are numbers: counters, dates in digits. */
    private static boolean numeric(Block b) {
        int digits = 0;
        for (String t : b.tokens) {
            if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
                digits++;
            }
        }
        return digits * 2 > b.words;
    }
}
