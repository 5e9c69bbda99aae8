package io.newsflow.enrich.extract;

import java.util.Locale;

/** "Welcome to X" banners: site chrome that names the publisher. */
final class WelcomeRule implements BlockRule {
    private static final String PREFIX = "welcome to ";

    @Override
    public String name() {
        return "welcome-banner";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (b.removed || b.words > Thresholds.WELCOME_MAX_WORDS) {
                continue;
            }
            String t = Texts.stripDecoration(b.text);
            if (t.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                String name = Texts.stripDecoration(t.substring(PREFIX.length())).replaceAll("[.!]+$", "").strip();
                if (page.publisher == null && !name.isEmpty() && Texts.startsUpperOrDigit(name)) {
                    page.publisher = name;
                }
                b.remove(name(), "site chrome (welcome banner)");
            }
        }
    }
}
