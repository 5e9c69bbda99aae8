package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;

/**
 * Headings that open the page's after-article sections ("Related articles", "More from …",
 * "Comments"): removed, and marked as a barrier the main span does not cross.
 */
final class SectionEndRule implements BlockRule {
    private static final List<String> PHRASES = Lexicon.list("section-end.txt");
    private static final List<String> COMMENT_PHRASES = Lexicon.list("comment-headings.txt");
    /** Such headings are short; a long line starting with "Related" is prose. */
    private static final int MAX_WORDS = 8;

    @Override
    public String name() {
        return "section-end";
    }

    @Override
    public void apply(Page page) {
        int first = page.firstProse();
        if (first < 0) {
            return;
        }
        for (Block b : page.blocks) {
            // interface-word headings ("Related", "More stories") are already removed, but in markup still end
            // the article; in plain text such a word may be a menu item anywhere
            boolean navigationHeading = b.kind == Block.Kind.HEADING && "navigation".equals(b.rule);
            if (b.removed && !navigationHeading || b.index <= first || b.words > COMMENT_HEADER_MAX_WORDS) {
                continue;
            }
            boolean commentHeader = b.text.endsWith(":") && opensAfterArticle(b.text);
            boolean trailing = b.text.endsWith("...") || b.text.endsWith("…");
            if (!commentHeader && (b.words > MAX_WORDS || Texts.endsSentence(b.text) && !trailing)) {
                continue;
            }
            if (b.kind != Block.Kind.HEADING && b.kind != Block.Kind.LINE && b.kind != Block.Kind.OTHER) {
                continue;
            }
            if (opensAfterArticle(b.text)) {
                b.barrier = true;
                b.remove(name(), "heading of a related-content or comments section");
            }
        }
    }

    /** Comment headers name the commenter: "Jane on May 5, 2024 at 4:47 pm said:". */
    private static final int COMMENT_HEADER_MAX_WORDS = 14;

    static boolean opensAfterArticle(String text) {
        String t = key(text);
        return opensComments(text, t) || startsWithPhrase(t, PHRASES);
    }

    /** The heading as the phrase lists spell it: without decoration, lower case, straight apostrophes. */
    private static String key(String text) {
        return Texts.stripDecoration(text).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * "Jane on May 5, 2024 at 4:47 pm said:", "Alex says:". A news story introduces quotes the same way
     * ("In a statement, the ministry said:"), so a header without a date or time is a name or two only.
     */
    static boolean isCommentHeader(String text) {
        if (!(text.endsWith(" says:") || text.endsWith(" said:") || text.endsWith(" wrote:"))) {
            return false;
        }
        int words = Texts.countWords(text);
        if (words > COMMENT_HEADER_MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return words <= COMMENT_HEADER_MAX_NAME_WORDS + 1 && Texts.startsUpperOrDigit(text);
    }

    /** A commenter's name without a date: "Jane Doe says:". */
    private static final int COMMENT_HEADER_MAX_NAME_WORDS = 3;

    /** A heading that opens the reader comments ("Comments", "34 responses to …", "Jane on May 5 said:"). */
    static boolean opensComments(String text) {
        return opensComments(text, key(text));
    }

    private static boolean opensComments(String text, String t) {
        if (isCommentHeader(text)) {
            return true;
        }
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < t.length() && t.charAt(digits) == ' ') {
            String rest = t.substring(digits + 1);
            if (rest.equals("comments") || rest.equals("responses") || rest.equals("replies")
                    || rest.startsWith("comments ") || rest.startsWith("responses to ")
                    || rest.startsWith("thoughts on ") || rest.startsWith("replies to ")) {
                return true;
            }
        }
        return startsWithPhrase(t, COMMENT_PHRASES);
    }

    private static boolean startsWithPhrase(String t, List<String> phrases) {
        for (String p : phrases) {
            if (t.startsWith(p) && (t.length() == p.length() || !Character.isLetter(t.charAt(p.length())))) {
                return true;
            }
        }
        return false;
    }
}
