package io.newsflow.enrich.extract;

/**
 * Interface words standing alone ("Menu", "Search", "Close", "Share", "Anzeige", "Artikel anhören",
 * "Haberin Devamı"), interface phrases in a short block ("Listen to this article", "Your browser does not
 * support the video"), and blocks without words. Matched on token hashes: case, punctuation and the capitals'
 * missing accents aside.
 */
final class NavigationRule implements BlockRule {
    /** Interface texts: {@code navigation.txt} and {@code account-links.txt}. */
    private static final java.util.Set<String> ITEMS = java.util.stream.Stream.concat(Lexicon.NAVIGATION.stream(),
            Lexicon.set("account-links.txt").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final TokenPhrases WORDS = TokenPhrases.of(java.util.List.copyOf(ITEMS));
    private static final TokenPhrases PHRASES = TokenPhrases.load("interface-phrases.txt");
    /** Interface controls are short; longer text mentioning "share on Facebook" is prose. */
    private static final int PHRASE_MAX_CHARS = 80;
    /** A menu line of interface words ("Menu Search", "Share Tweet Email") is short. */
    private static final int WORDS_MAX_CHARS = 40;

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
            } else if (isInterfaceText(b)) {
                b.remove(name(), "navigation or interface text");
            }
        }
    }

    static boolean isInterfaceText(Block b) {
        int chars = b.text.length();
        if (chars <= PHRASE_MAX_CHARS && PHRASES.find(b.tokenHashes) >= 0) {
            return true;
        }
        if (chars > WORDS_MAX_CHARS) {
            return false;
        }
        // the whole block is one listed text, or every item is an interface word ("Menu Search", "Share | Print")
        return WORDS.isWhole(b) || Texts.allItemsIn(b.lower(), "|/·•", ITEMS) >= 2;
    }
}
