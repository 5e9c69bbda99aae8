package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;

/**
 * Byline lines in the body ("By Jane Doe", "Author: Jane Doe", "Von Anna Berg", "Por Ana Ruiz", "记者 陈静"):
 * removed, names go to authors. The prefixes of {@code bylines.txt} cover the common languages; what follows
 * must read as names ({@link Names}).
 */
final class BylineRule implements BlockRule {
    /** A byline is the names plus a few words of role, place or date. */
    private static final int MAX_EXTRA_WORDS = 8;

    @Override
    public String name() {
        return "byline";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (b.removed || b.words > Thresholds.BYLINE_MAX_NAME_WORDS + MAX_EXTRA_WORDS) {
                continue;
            }
            String rest = afterPrefix(b.text, b.lower());
            if (rest == null) {
                continue;
            }
            List<String> names = Names.parse(rest, Thresholds.BYLINE_MAX_NAME_WORDS);
            if (!names.isEmpty()) {
                for (String n : names) {
                    page.addAuthor(n, "byline");
                }
                b.remove(name(), "byline (belongs in the author field)");
                removeRoleLine(page, b.index + 1);
            }
        }
    }

    /** A role line's words: "Local Democracy Reporter", "Courts correspondent, Westcountry Today". */
    private static final int ROLE_LINE_MAX_WORDS = 8;

    /** The line under a byline naming the author's role goes with it. */
    static void removeRoleLine(Page page, int i) {
        if (i >= 0 && i < page.blocks.size() && isRoleLine(page.blocks.get(i))) {
            page.blocks.get(i).remove("byline", "author's role (goes with the byline)");
        }
    }

    static boolean isRoleLine(Block b) {
        return !b.removed && b.words <= ROLE_LINE_MAX_WORDS && !Texts.endsSentence(b.text) && Names.isRoleLine(b.text);
    }

    /** The text after a byline prefix, or null when there is none. */
    static String afterPrefix(String text) {
        return afterPrefix(text, text.toLowerCase(Locale.ROOT));
    }

    /**
     * The text after a byline prefix, or null when there is none; {@code lower} is the text in lower case (same
     * length, as {@link Block#lower()}). Nothing is allocated unless a prefix matches.
     */
    static String afterPrefix(String text, String lower) {
        if (lower.length() != text.length()) {
            return afterPrefixSlow(text);
        }
        int from = 0;
        while (from < text.length() && (Texts.isDecoration(text.charAt(from)) || isFullWidthBracket(text.charAt(from)))) {
            from++;
        }
        for (String p : Lexicon.BYLINE_PREFIXES) {
            if (lower.startsWith(p, from) && text.length() > from + p.length()) {
                int at = from + p.length();
                char next = text.charAt(at);
                char last = p.charAt(p.length() - 1);
                if (last == ':' || last == '：' || last == '/' || last == '／' || last == '|' || last == '｜'
                        || Character.isWhitespace(next) || next == ':' || next == '：'
                        || Texts.isIdeographic(last) && Texts.isIdeographic(next)) {
                    String rest = text.substring(at);
                    return strip(rest.startsWith(":") || rest.startsWith("：") ? rest.substring(1) : rest);
                }
            }
        }
        return null;
    }

    private static String afterPrefixSlow(String text) {
        String t = Texts.stripDecoration(text);
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.length() == t.length() ? afterPrefix(t, lower) : null;
    }

    /** Trims decoration and the brackets a byline may sit in ("（记者 陈静）", "[By Jane Roe]"). */
    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Texts.isDecoration(s.charAt(a)) || s.charAt(a) == '：' || isOpeningBracket(s.charAt(a)))) {
            a++;
        }
        while (b > a && (Texts.isDecoration(s.charAt(b - 1)) || isClosingBracket(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** "（记者 陈静）", "【作者：…】": East Asian bylines sit in brackets; "(Reporting by …)" is a credit in the text. */
    private static boolean isFullWidthBracket(char c) {
        return c == '（' || c == '【' || c == '「' || c == '〔';
    }

    static boolean isOpeningBracket(char c) {
        return c == '(' || c == '[' || c == '（' || c == '【' || c == '「' || c == '〔';
    }

    static boolean isClosingBracket(char c) {
        return c == ')' || c == ']' || c == '）' || c == '】' || c == '」' || c == '〕';
    }

    /** For blocks already known to be bylines (markup): strip a prefix if any and read names. */
    static void readAuthors(Page page, String text, String source) {
        String rest = afterPrefix(text);
        List<String> names = Names.parse(rest != null ? rest : text, Thresholds.BYLINE_MAX_NAME_WORDS);
        for (String n : names) {
            page.addAuthor(n, source);
        }
    }
}
