package io.newsflow.enrich.extract;

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
            if (isPrompt(b.text)) {
                b.remove(name(), "newsletter sign-up or subscription prompt");
            } else if (isNewsroomCredit(b.text)) {
                b.remove(name(), "newsroom credit (reporting and editing)");
            } else if (isReaderNote(b.text)) {
                b.remove(name(), "note to the reader (request to share, follow, support or send tips)");
            }
        }
    }

    private static final java.util.List<String> READER_NOTES = Lexicon.list("reader-prompts.txt");

    private static final java.util.List<String> SOCIAL_NETWORKS = Lexicon.list("social-networks.txt");
    private static final java.util.List<String> CREDITS = Lexicon.list("report-credits.txt");

    static boolean isReaderNote(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String phrase : READER_NOTES) {
            if (t.contains(phrase)) {
                return true;
            }
        }
        if (t.startsWith("follow ")) { // "Follow Newsbeat on Instagram, Facebook and YouTube."
            for (String network : SOCIAL_NETWORKS) {
                if (containsWords(t, network)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "(Reporting by Jane Roe; Editing by John Doe)", "Jane Roe contributed to this report." */
    static boolean isNewsroomCredit(String text) {
        String original = Texts.stripDecoration(text);
        while (!original.isEmpty() && (original.charAt(0) == '(' || original.charAt(0) == '[')) {
            original = original.substring(1).strip();
        }
        String t = original.toLowerCase(Locale.ROOT);
        for (String c : CREDITS) {
            String phrase = c.substring(1);
            if (c.charAt(0) == '>' ? t.endsWith(phrase)
                    // a name follows: "Reporting by Jane Roe", not "Reporting by the council showed …"
                    : t.startsWith(phrase) && Texts.startsUpperOrDigit(original.substring(phrase.length()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isPrompt(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String phrase : Lexicon.NEWSLETTER) {
            if (containsWords(t, phrase)) {
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
