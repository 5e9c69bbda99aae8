package io.newsflow.enrich.extract;

import java.util.Locale;

/** A line made only of language codes or names ("ua en ru", "EN | DE | FR"). */
final class LanguageSwitcherRule implements BlockRule {
    @Override
    public String name() {
        return "language-switcher";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && isSwitcher(b.text)) {
                b.remove(name(), "language switcher");
            }
        }
    }

    /** A switcher is a handful of short codes or names. */
    private static final int MAX_CHARS = 80;

    static boolean isSwitcher(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        return Texts.allItemsIn(text.toLowerCase(Locale.ROOT), "|/·•,", Lexicon.LANGUAGES) >= 2;
    }
}
