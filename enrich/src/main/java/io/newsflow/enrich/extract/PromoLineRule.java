package io.newsflow.enrich.extract;

/**
 * Links to other stories set into the article as a labelled line ("Read also: …", "LEE TAMBIÉN: …",
 * "Leia também | …", "Читайте також: …", "اقرأ أيضا: …"). Plain text has no links left for link density to
 * catch, so the label decides: a label of {@code promo-labels.txt} opening a short block and followed by a
 * separator (or written in capitals before the headline it promotes). A label standing alone goes too, with
 * the promoted headline on the next line when the article continues after it; a label that opens an
 * after-article section ("Mehr zum Thema") below the article start is left to {@link SectionEndRule}.
 */
final class PromoLineRule implements BlockRule {
    private static final TokenPhrases LABELS = TokenPhrases.load("promo-labels.txt");
    /** A label and the headline it promotes: a headline's length, not a paragraph. */
    private static final int MAX_WORDS = 40;
    /** The promoted headline alone on the next line is a headline's length. */
    private static final int HEADLINE_MAX_WORDS = 25;

    @Override
    public String name() {
        return "promotion";
    }

    @Override
    public void apply(Page page) {
        int first = -2;
        for (Block b : page.blocks) {
            if (b.removed || b.words > MAX_WORDS) {
                continue;
            }
            int label = LABELS.prefix(b.tokenHashes);
            if (label == 0) {
                continue;
            }
            if (label < b.words) {
                if (labelled(b.text, label)) {
                    b.remove(name(), "link to another story (\"read also\" line)");
                }
                continue;
            }
            if (first == -2) {
                first = page.firstProse();
            }
            boolean inArticle = first >= 0 && b.index > first;
            if (inArticle && SectionEndRule.opensAfterArticle(b.text)) {
                continue; // "Mehr zum Thema", "Related": the section-end rule makes it a barrier
            }
            b.remove(name(), "link label (\"read also\")");
            if (inArticle) {
                removePromotedHeadline(page, b.index);
            }
        }
    }

    /** The next line is a headline (not a sentence) and prose follows it: the article goes on around the link. */
    private void removePromotedHeadline(Page page, int at) {
        if (at + 2 >= page.blocks.size()) {
            return;
        }
        Block next = page.blocks.get(at + 1);
        Block after = page.blocks.get(at + 2);
        if (!next.removed && next.words <= HEADLINE_MAX_WORDS && HeadlineRule.isTitleLike(next) && !next.proseLike()
                && !after.removed && after.proseLike()) {
            next.remove(name(), "link to another story (after a \"read also\" label)");
        }
    }

    /**
     * The label's {@code tokens} words are followed by a separator (":", "»", "|", "–", "→") or written in
     * capitals before text that is not: "LEE TAMBIÉN Las lluvias…". "Read more about it here." is prose.
     */
    static boolean labelled(String text, int tokens) {
        int end = endOfTokens(text, tokens);
        if (end < 0) {
            return false;
        }
        boolean capitals = true;
        for (int i = 0; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                capitals = false;
                break;
            }
        }
        int i = end;
        while (i < text.length() && Texts.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (c == ':' || c == '：' || c == '»' || c == '›' || c == '|' || c == '｜' || c == '–' || c == '—'
                || c == '-' || c == '→' || c == '>' || c == '▶' || c == '►' || c == '•' || c == '·' || c == '/') {
            return true;
        }
        if (capitals) {
            for (int j = i; j < text.length(); j++) {
                if (Character.isLowerCase(text.charAt(j))) {
                    return true; // the label in capitals, then the headline in ordinary case
                }
            }
        }
        return false;
    }

    /** Index just after the {@code n}-th word token (the tokenisation of {@link Texts#scan}), or -1. */
    private static int endOfTokens(String s, int n) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int len = Character.charCount(c);
            if (Texts.isIdeographic(c)) {
                if (in) {
                    count++;
                    in = false;
                    if (count == n) {
                        return i;
                    }
                }
                count++;
                if (count == n) {
                    return i + len;
                }
            } else if (Texts.isWordChar(c)) {
                in = true;
            } else if (in) {
                in = false;
                count++;
                if (count == n) {
                    return i;
                }
            }
            i += len;
        }
        return in && count + 1 == n ? s.length() : -1;
    }
}
