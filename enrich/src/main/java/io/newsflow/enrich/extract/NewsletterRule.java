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
            } else if (isReaderNote(b.text)) {
                b.remove(name(), "note to the reader (request to share, follow, support or send tips)");
            }
        }
    }

    private static final java.util.List<String> READER_NOTES = Lexicon.list("reader-prompts.txt");

    static boolean isReaderNote(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String phrase : READER_NOTES) {
            if (t.contains(phrase)) {
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
