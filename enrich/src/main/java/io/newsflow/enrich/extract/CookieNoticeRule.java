package io.newsflow.enrich.extract;

import java.util.List;

/** Cookie and consent notices ("This website uses cookies to improve your experience…"). */
final class CookieNoticeRule implements BlockRule {
    private static final List<String> PHRASES = Lexicon.list("cookie-notice.txt");
    /** One of these words is in every notice: blocks without them are not read further. */
    private static final TokenPhrases WORDS = TokenPhrases.load("cookie-words.txt");
    /** Consent texts run to a paragraph or two; an article about cookie law is longer. */
    private static final int MAX_WORDS = 150;

    @Override
    public String name() {
        return "cookie-notice";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && b.words <= MAX_WORDS && WORDS.find(b.tokenHashes) >= 0 && containsNotice(b.lower())) {
                b.remove(name(), "cookie or consent notice");
            }
        }
    }

    private static boolean containsNotice(String t) {
        for (String p : PHRASES) {
            if (t.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
