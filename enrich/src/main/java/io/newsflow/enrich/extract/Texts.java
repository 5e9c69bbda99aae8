package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small, allocation-light text helpers (no regular expressions on hot paths). */
final class Texts {
    private Texts() { }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF || c == 0x200C
                || c == 0x200D || c == 0x2060;
    }

    /** Collapses all whitespace (incl. no-break and zero-width spaces) to single spaces and trims. */
    static String collapse(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) || Character.isISOControl(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** Ideographic scripts have no spaces; each character counts as a word there. */
    static boolean isIdeographic(int c) {
        if (c < 0x0E00) {
            return false; // fast path: Latin, Greek, Cyrillic, Arabic, Hebrew, Indic
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.THAI;
    }

    /** Lower-cased word tokens (runs of letters and digits; ideographs one per token). */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        StringBuilder cur = new StringBuilder(16);
        for (int i = 0; i < n; ) {
            int c = s.codePointAt(i);
            int len = Character.charCount(c);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
                    cur.append((char) c);
                } else if (c >= 'A' && c <= 'Z') {
                    cur.append((char) (c + 32));
                } else if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else if (isIdeographic(c)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(s.substring(i, i + len));
            } else if (isWordChar(c)) {
                cur.appendCodePoint(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            i += len;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Tokens joined by single spaces: the comparison key for repeated text. */
    static String key(String s) {
        return String.join(" ", tokens(s));
    }

    static int lastNonSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!isSpace(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return -1;
    }

    /** True when the text ends like a sentence (also behind closing quotes or brackets). */
    static boolean endsSentence(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            switch (c) {
                case '"', '\'', '”', '’', '»', ')', ']', '*', '“' -> { continue; }
                case '.', '!', '?', '…', '。', '！', '？', ':', ';' -> { return true; }
                default -> { return false; }
            }
        }
        return false;
    }

    /** Strips leading bullets, separators and the like ("• Market Data" → "Market Data"). */
    static String stripDecoration(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isDecoration(s.charAt(a))) {
            a++;
        }
        while (b > a && isDecoration(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    static boolean isDecoration(char c) {
        return isSpace(c) || c == '•' || c == '·' || c == '|' || c == '>' || c == '»' || c == '›' || c == '-'
                || c == '–' || c == '—' || c == '*' || c == '/' || c == '\\' || c == '#' || c == '▶' || c == '►'
                || c == '→' || c == ':' || c == '=' || c == '+' || c == '×' || c == '✕' || c == '✖' || c == '▸'
                || c == '●' || c == '■' || c == '◆' || c == '~';
    }

    static boolean startsUpperOrDigit(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c) || !Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isIdeographic(c)) {
                words++;
                in = false;
            } else if (isWordChar(c)) {
                if (!in) {
                    words++;
                    in = true;
                }
            } else {
                in = false;
            }
            i += Character.charCount(c);
        }
        return words;
    }
}
