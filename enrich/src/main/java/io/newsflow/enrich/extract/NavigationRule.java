package io.newsflow.enrich.extract;

import java.util.Locale;

/** Interface words standing alone ("Menu", "Search", "Close", "Share"), and blocks without words. */
final class NavigationRule implements BlockRule {
    @Override
    public String name() {
        return "navigation";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (b.removed) {
                continue;
            }
            if (b.words == 0) {
                b.remove(name(), "no words (separator or symbol)");
            } else if (b.text.startsWith("<") && b.text.endsWith(">")) {
                b.remove(name(), "markup left as text");
            } else if (isInterfaceText(b.text)) {
                b.remove(name(), "navigation or interface text");
            }
        }
    }

    private static final java.util.List<String> PHRASES = Lexicon.list("interface-phrases.txt");
    /** Interface controls are short; longer text mentioning "share on Facebook" is prose. */
    private static final int PHRASE_MAX_CHARS = 80;

    static boolean isInterfaceText(String text) {
        if (text.length() <= PHRASE_MAX_CHARS) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String p : PHRASES) {
                if (lower.contains(p)) {
                    return true;
                }
            }
        }
        if (text.length() > 40) {
            return false;
        }
        String t = Texts.stripDecoration(text).toLowerCase(Locale.ROOT);
        if (Lexicon.NAVIGATION.contains(t)) {
            return true;
        }
        // "Menu Search", "Share Tweet Email": every word an interface word
        return Texts.allItemsIn(t, "|/·•", Lexicon.NAVIGATION) >= 2;
    }
}
