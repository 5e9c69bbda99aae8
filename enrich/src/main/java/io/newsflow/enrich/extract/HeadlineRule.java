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
        long[] title = Texts.tokenHashes(page.headline);
        if (title.length == 0) {
            return;
        }
        long key = Texts.sequenceKey(title);
        for (Block b : page.blocks) {
            if (b.removed) {
                continue;
            }
            if (b.key == key || isTitleWithSiteName(b.tokenHashes, title) && (first < 0 || b.index < first)) {
                b.remove(name(), "title (goes to the headline field)");
            }
        }
    }

    /** Words a site name adds to a title ("Headline - Site Name", "Headline | Site"). */
    private static final int SITE_NAME_MAX_WORDS = 4;

    /** "Headline - Site Name" / "Headline | Site" in a page's title element. */
    private static boolean isTitleWithSiteName(long[] tokens, long[] title) {
        int extra = tokens.length - title.length;
        if (extra <= 0 || extra > SITE_NAME_MAX_WORDS) {
            return false;
        }
        return java.util.Arrays.equals(tokens, 0, title.length, title, 0, title.length)
                || java.util.Arrays.equals(tokens, extra, tokens.length, title, 0, title.length);
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
