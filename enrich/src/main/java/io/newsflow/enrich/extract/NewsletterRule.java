package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;

/** Newsletter sign-ups, subscription and paywall prompts, and other notes to the reader around the article. */
final class NewsletterRule implements BlockRule {
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
            String lower = b.text.toLowerCase(Locale.ROOT); // once per block: every check reads it
            if (isPrompt(lower)) {
                b.remove(name(), "newsletter sign-up or subscription prompt");
            } else if (isNewsroomCredit(b.text, lower)) {
                b.remove(name(), "newsroom credit (reporting and editing)");
            } else if (isReaderNote(lower)) {
                b.remove(name(), "note to the reader (request to share, follow, support or send tips)");
            }
        }
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

    /** {@code lower}: the block text in lower case. */
    static boolean isPrompt(String lower) {
        for (String phrase : Lexicon.NEWSLETTER) {
            if (containsWords(lower, phrase)) {
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
