package io.newsflow.enrich.extract;

/** Markup context: blocks inside navigation, footers, sidebars, captions (even full sentences: the article
 *  does not continue there) and author boxes go. */
final class ChromeContextRule implements BlockRule {
    @Override
    public String name() {
        return "chrome-context";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (b.removed) {
                continue;
            }
            if (b.inByline && b.words <= Thresholds.BYLINE_MAX_NAME_WORDS + 4) {
                BylineRule.readAuthors(page, b.text, "byline");
                b.remove(name(), "byline (belongs in the author field)");
            } else if (b.inCaption) {
                b.remove(name(), "image caption or credit");
            } else if (b.inChrome) {
                b.remove(name(), "site chrome (" + b.chromeWhy + ")");
            }
        }
    }
}
