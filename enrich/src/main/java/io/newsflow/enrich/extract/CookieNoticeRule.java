package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;

/** Cookie and consent notices ("This website uses cookies to improve your experience…"). */
final class CookieNoticeRule implements BlockRule {
    private static final List<String> PHRASES = Lexicon.list("cookie-notice.txt");
    /** Consent texts run to a paragraph or two; an article about cookie law is longer. */
    private static final int MAX_WORDS = 150;

    @Override
    public String name() {
        return "cookie-notice";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && b.words <= MAX_WORDS && containsNotice(b.lower())) {
                b.remove(name(), "cookie or consent notice");
            }
        }
    }

    static boolean isNotice(String text) {
        return containsNotice(text.toLowerCase(Locale.ROOT));
    }

    private static boolean containsNotice(String t) {
        if (!t.contains("cookie") && !t.contains("consent") && !t.contains("privacy")) {
            return false;
        }
        for (String p : PHRASES) {
            if (t.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
