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
        int first = page.firstProse();
        for (Block b : page.blocks) {
            if (b.removed || b.words > MAX_WORDS || b.words == 0) {
                continue;
            }
            String lower = b.lower();
            boolean readingTime = lower.contains("min read") || lower.contains("minute read")
                    || lower.contains("minutes read") || lower.contains("reading time");
            boolean top = first < 0 || b.index < first;
            if (readingTime || top && (numeric(b) || Dates.text(b.text) != null || Dates.parse(b.text) != null)) {
                page.published(Dates.text(b.text), "text");
                b.remove(name(), "dateline or reading time (metadata, not body)");
            }
        }
    }

    /** Most tokens are numbers: counters, dates in digits. */
    private static boolean numeric(Block b) {
        return b.numericTokens * 2 > b.words;
    }
}
