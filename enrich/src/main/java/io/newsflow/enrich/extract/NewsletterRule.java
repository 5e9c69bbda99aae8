package io.newsflow.enrich.extract;

import java.util.Locale;

/** Newsletter sign-ups, subscription and paywall prompts. */
final class NewsletterRule implements BlockRule {
    @Override
    public String name() {
        return "newsletter";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && b.words <= Thresholds.NEWSLETTER_MAX_WORDS && containsPrompt(b.lower())) {
                b.remove(name(), "newsletter sign-up or subscription prompt");
            }
        }
    }

    static boolean isPrompt(String text) {
        return containsPrompt(text.toLowerCase(Locale.ROOT));
    }

    private static boolean containsPrompt(String t) {
        for (String phrase : Lexicon.NEWSLETTER) {
            if (t.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
