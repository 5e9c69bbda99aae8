package io.newsflow.enrich.extract;

/**
 * The title: a known headline (structured data, feed hint) or the title line just above the first
 * paragraph. Lines repeating it leave the body. No headline is invented here.
 */
final class HeadlineRule implements BlockRule {
    /** Title lines sit in the head of the page: at most this many blocks before the first prose block. */
    private static final int MAX_TITLE_DISTANCE = 12;

    @Override
    public String name() {
        return "headline";
    }

    @Override
    public void apply(Page page) {
        int first = page.firstProse();
        if (page.headline == null) {
            Block title = titleLine(page, first);
            if (title != null) {
                page.headline = title.text;
                page.headlineSource = "text";
            }
        }
        if (page.headline == null) {
            return;
        }
        String key = Texts.key(page.headline);
        if (key.isEmpty()) {
            return;
        }
        for (Block b : page.blocks) {
            if (b.removed) {
                continue;
            }
            String k = String.join(" ", b.tokens);
            if (k.equals(key) || isTitleWithSiteName(k, key) && (first < 0 || b.index < first)) {
                b.remove(name(), "title (goes to the headline field)");
            }
        }
    }

    /** "Headline - Site Name" / "Headline | Site" in a page's title element. */
    private static boolean isTitleWithSiteName(String k, String key) {
        return k.length() > key.length() && (k.startsWith(key + " ") || k.endsWith(" " + key))
                && Texts.countWords(k) - Texts.countWords(key) <= 4;
    }

    private static Block titleLine(Page page, int first) {
        if (first < 0) {
            return null;
        }
        for (int i = first - 1; i >= 0 && first - i <= MAX_TITLE_DISTANCE; i--) {
            Block b = page.blocks.get(i);
            if (b.removed) {
                continue;
            }
            return isTitleLike(b) ? b : null;
        }
        return null;
    }

    static boolean isTitleLike(Block b) {
        if (b.words < Thresholds.TITLE_MIN_WORDS || b.words > Thresholds.TITLE_MAX_WORDS) {
            return false;
        }
        if (b.linkDensity() > Thresholds.CONTENT_MAX_LINK_DENSITY || !Texts.startsUpperOrDigit(b.text)) {
            return false;
        }
        int last = Texts.lastNonSpace(b.text);
        return last != '.' && last != ',' && last != ';' && last != ':';
    }
}
