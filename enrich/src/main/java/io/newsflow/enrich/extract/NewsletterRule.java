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
            if (!b.removed && b.words <= Thresholds.NEWSLETTER_MAX_WORDS && isPrompt(b.text)) {
                b.remove(name(), "newsletter sign-up or subscription prompt");
            }
        }
    }

    static boolean isPrompt(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String phrase : Lexicon.NEWSLETTER) {
            if (t.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
