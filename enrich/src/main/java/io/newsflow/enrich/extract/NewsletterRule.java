package io.newsflow.enrich.extract;

/**
 * Newsletter sign-ups, subscription and paywall prompts. A prompt phrase ("sign up for our", "réservé aux
 * abonnés", "jetzt abonnieren") marks any short block; so does an imperative opening it ("Sign up for…",
 * "Melden Sie sich…"). A bare prompt word ("subscription", "newsletter") marks only a block that is not quoted
 * speech and is label-like, addresses the reader or has two such words, so prose that names "the Subscription
 * Rooms" stays.
 */
final class NewsletterRule implements BlockRule {
    private static final TokenPhrases PROMPTS = TokenPhrases.load("newsletter.txt");
    private static final TokenPhrases WORDS = TokenPhrases.load("newsletter-words.txt");
    private static final TokenPhrases READER = TokenPhrases.load("reader-address.txt");
    private static final TokenPhrases OPENERS = TokenPhrases.load("prompt-openers.txt");
    /** A prompt opened by an imperative, or addressing the reader, is a line or two; a paragraph is prose. */
    private static final int OPENER_MAX_WORDS = 25;

    @Override
    public String name() {
        return "newsletter";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && b.words <= Thresholds.NEWSLETTER_MAX_WORDS && isPrompt(b)) {
                b.remove(name(), "newsletter sign-up or subscription prompt");
            }
        }
    }

    static boolean isPrompt(Block b) {
        if (PROMPTS.find(b.tokenHashes) >= 0) {
            return true;
        }
        if (b.words <= OPENER_MAX_WORDS && OPENERS.prefix(b.tokenHashes) > 0) {
            return !hasQuotation(b.text); // "Sign up for daily updates…", "Melden Sie sich an…": an imperative
        }
        int words = WORDS.distinct(b.tokenHashes);
        return words > 0 && !hasQuotation(b.text) && (words >= 2 || !b.proseLike() || imperativeInside(b.text)
                || b.words <= OPENER_MAX_WORDS && READER.find(b.tokenHashes) >= 0);
    }

    /** A later sentence of the block opens with a prompt ("… every week. Subscribe to his channel."). */
    private static boolean imperativeInside(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i) == ' '
                    && OPENERS.prefix(Texts.tokenHashes(text.substring(i + 1))) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reported speech: the block opens with a quotation mark, or a quotation closes on a sentence mark
     * ("…Subscription Rooms," she said). Quotation marks around a title ("the "Pick Six" newsletter") are not speech.
     */
    static boolean hasQuotation(String text) {
        int i = 0;
        while (i < text.length() && Texts.isDecoration(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && isQuote(text.charAt(i))) {
            return true;
        }
        for (int j = 1; j < text.length(); j++) {
            char p = text.charAt(j - 1);
            if (isQuote(text.charAt(j)) && (p == ',' || p == '.' || p == '!' || p == '?' || p == '，' || p == '。')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '「' || c == '」' || c == '『'
                || c == '』';
    }
}
