package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;

/**
 * Headings that open the page's after-article sections ("Related articles", "More from …",
 * "Comments"): removed, and marked as a barrier the main span does not cross.
 */
final class SectionEndRule implements BlockRule {
    private static final List<String> PHRASES = Lexicon.list("section-end.txt");
    /** Such headings are short; a long line starting with "Related" is prose. */
    private static final int MAX_WORDS = 8;

    @Override
    public String name() {
        return "section-end";
    }

    @Override
    public void apply(Page page) {
        int first = page.firstProse();
        if (first < 0) {
            return;
        }
        for (Block b : page.blocks) {
            if (b.removed || b.index <= first || b.words > MAX_WORDS || Texts.endsSentence(b.text)) {
                continue;
            }
            if (b.kind != Block.Kind.HEADING && b.kind != Block.Kind.LINE && b.kind != Block.Kind.OTHER) {
                continue;
            }
            if (opensAfterArticle(b.text)) {
                b.barrier = true;
                b.remove(name(), "heading of a related-content or comments section");
            }
        }
    }

    static boolean opensAfterArticle(String text) {
        String t = Texts.stripDecoration(text).toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String p : PHRASES) {
            if (t.startsWith(p) && (t.length() == p.length() || !Character.isLetter(t.charAt(p.length())))) {
                return true;
            }
        }
        return false;
    }
}
