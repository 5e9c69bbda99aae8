package io.newsflow.enrich.extract;

import java.util.List;

/**
 * Newsletter sign-ups, subscription and paywall prompts. A prompt phrase ("sign up for our", "réservé aux
 * abonnés", "jetzt abonnieren") marks any short block; so does an imperative opening it ("Sign up for…",
 * "Melden Sie sich…"). A bare prompt word ("subscription", "newsletter") marks only a block that is not quoted
 * speech and is label-like or addresses the reader, so prose that names "the Subscription
 * Rooms" stays. Also newsroom credits ("Reporting by …; Editing by …") and other notes to the reader.
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
            if (b.removed || b.words > Thresholds.NEWSLETTER_MAX_WORDS) {
                continue;
            }
            if (isPrompt(b)) {
                b.remove(name(), "newsletter sign-up or subscription prompt");
            } else if (mayBeNewsroomCredit(b) && isNewsroomCredit(b.text, b.lower())) {
                b.remove(name(), "newsroom credit (reporting and editing)");
            } else if (mayBeReaderNote(b) && isReaderNote(b.lower())) {
                b.remove(name(), "note to the reader (request to share, follow, support or send tips)");
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
        return words > 0 && !hasQuotation(b.text) && (!b.proseLike() || imperativeInside(b.text)
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

    private static final List<String> READER_NOTES = Lexicon.list("reader-prompts.txt");
    private static final List<String> SOCIAL_NETWORKS = Lexicon.list("social-networks.txt");
    /** Credit phrases: '<' in the list marks one matched at the start of the line, '>' one at its end. */
    private static final List<String> CREDIT_STARTS = credits('<');
    private static final List<String> CREDIT_ENDS = credits('>');

    private static List<String> credits(char mark) {
        return Lexicon.list("report-credits.txt").stream().filter(c -> c.charAt(0) == mark)
                .map(c -> c.substring(1)).toList();
    }

    /** The words of every reader note and of "follow": a block with none of them is not one (no case mapping). */
    private static final TokenPhrases READER_NOTE_WORDS = TokenPhrases.of(java.util.stream.Stream.concat(
            READER_NOTES.stream(), java.util.stream.Stream.of("follow")).toList());
    /** The first words of the credits matched at the start of a line. */
    private static final TokenPhrases CREDIT_OPENERS = TokenPhrases.of(CREDIT_STARTS);
    /** The last word of the credits matched at the end of a line ("report", "story", "from"). */
    private static final com.carrotsearch.hppc.LongHashSet CREDIT_LAST_WORDS = lastWords(CREDIT_ENDS);

    private static com.carrotsearch.hppc.LongHashSet lastWords(List<String> phrases) {
        com.carrotsearch.hppc.LongHashSet out = new com.carrotsearch.hppc.LongHashSet();
        for (String p : phrases) {
            long[] t = Texts.tokenHashes(p);
            out.add(t[t.length - 1]);
        }
        return out;
    }

    /**
     * Whether the block has the words of a reader note (each note's words in order, or "follow"): a necessary
     * condition of {@link #isReaderNote} on the block's tokens, so most blocks are never lower-cased here.
     */
    private static boolean mayBeReaderNote(Block b) {
        return READER_NOTE_WORDS.find(b.tokenHashes) >= 0;
    }

    /** The block opens with the words of a leading credit or ends with the last word of a trailing one. */
    private static boolean mayBeNewsroomCredit(Block b) {
        long[] t = b.tokenHashes;
        return t.length > 0 && (CREDIT_OPENERS.prefix(t) > 0 || CREDIT_LAST_WORDS.contains(t[t.length - 1]));
    }

    /** {@code lower}: the block text in lower case. */
    static boolean isReaderNote(String lower) {
        for (String phrase : READER_NOTES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        if (lower.startsWith("follow ")) { // "Follow Newsbeat on Instagram, Facebook and YouTube."
            for (String network : SOCIAL_NETWORKS) {
                if (containsWords(lower, network)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "(Reporting by Jane Roe; Editing by John Doe)", "Jane Roe contributed to this report." A name must
     * follow a leading credit: "Reporting by the council showed …" is a sentence.
     */
    static boolean isNewsroomCredit(String text, String lower) {
        if (text.length() != lower.length()) {
            return false; // case mapping changed the length: offsets below would not line up (no such credit)
        }
        int start = 0;
        while (start < text.length() && (Texts.isDecoration(text.charAt(start)) || text.charAt(start) == '('
                || text.charAt(start) == '[')) {
            start++;
        }
        for (String phrase : CREDIT_ENDS) {
            if (lower.endsWith(phrase)) {
                return true;
            }
        }
        for (String phrase : CREDIT_STARTS) {
            if (lower.startsWith(phrase, start) && Texts.startsUpperOrDigit(text.substring(start + phrase.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The phrase as whole words: "subscribe" is a prompt, "subscribers" a word of an article about them. */
    static boolean containsWords(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
