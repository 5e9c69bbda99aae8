package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small, allocation-light text helpers (no regular expressions on hot paths). */
final class Texts {
    private Texts() { }

    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF || c == 0x200C
                || c == 0x200D || c == 0x2060;
    }

    /** Collapses all whitespace (incl. no-break and zero-width spaces) to single spaces and trims. */
    static String collapse(CharSequence s) {
        if (s instanceof String str && isCollapsed(str)) {
            return str;
        }
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

    /** Already what {@link #collapse} returns: no control characters, no leading, trailing or double spaces. */
    private static boolean isCollapsed(String s) {
        int n = s.length();
        boolean space = true; // a space at the start is not collapsed
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < 0x7F) {
                space = false;
            } else if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (isSpace(c) || Character.isISOControl(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return !space || n == 0;
    }

    /** Hash of a token's lower-cased code points (64-bit FNV-1a); equal tokens, equal hashes. */
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The word tokens of a text, as hashes, plus how many start with a digit. */
    record TokenScan(long[] hashes, int numeric, long key) { }

    /** For each ASCII character: its lower case when it belongs to a word (letters, digits, '_'), else 0. */
    private static final char[] ASCII_WORD = asciiWord();

    private static char[] asciiWord() {
        char[] t = new char[128];
        for (char c = 'a'; c <= 'z'; c++) {
            t[c] = c;
            t[c - 32] = c;
        }
        for (char c = '0'; c <= '9'; c++) {
            t[c] = c;
        }
        t['_'] = '_';
        return t;
    }

    private static final ThreadLocal<long[]> TOKEN_BUFFER = ThreadLocal.withInitial(() -> new long[256]);

    /**
     * Hashes of the lower-cased word tokens (the tokenisation of {@link #tokens}) in one pass, without building
     * strings: what the rules compare (exact repeats, shingles, the title line) and count (words, stopwords).
     */
    static TokenScan scan(String s) {
        long[] buf = TOKEN_BUFFER.get();
        int count = 0;
        int numeric = 0;
        long h = FNV_OFFSET;
        boolean in = false;
        int n = s.length();
        for (int i = 0; i < n; ) {
            int c = s.charAt(i);
            int len = 1;
            boolean word;
            if (c < 128) {
                int lowerOrZero = ASCII_WORD[c];
                word = lowerOrZero != 0;
                c = word ? lowerOrZero : c;
            } else {
                c = s.codePointAt(i);
                len = Character.charCount(c);
                if (isIdeographic(c)) {
                    if (in) {
                        buf = push(buf, count++, h);
                        in = false;
                    }
                    buf = push(buf, count++, (FNV_OFFSET ^ c) * FNV_PRIME);
                    i += len;
                    continue;
                }
                word = isWordChar(c);
                if (word) {
                    c = Character.toLowerCase(c);
                }
            }
            if (word) {
                if (!in) {
                    in = true;
                    h = FNV_OFFSET;
                    if (c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c)) {
                        numeric++;
                    }
                }
                h = (h ^ c) * FNV_PRIME;
            } else if (in) {
                buf = push(buf, count++, h);
                in = false;
            }
            i += len;
        }
        if (in) {
            buf = push(buf, count++, h);
        }
        long[] hashes = java.util.Arrays.copyOf(buf, count);
        return new TokenScan(hashes, numeric, sequenceKey(hashes));
    }

    /** Token hashes of a text (see {@link #scan}). */
    static long[] tokenHashes(String s) {
        return scan(s).hashes();
    }

    /** One hash of a whole token sequence: the comparison key for repeated text (0 for no tokens). */
    static long sequenceKey(long[] hashes) {
        if (hashes.length == 0) {
            return 0;
        }
        long h = 0x9E3779B97F4A7C15L;
        for (long t : hashes) {
            h = (h ^ t) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h == 0 ? 1 : h;
    }

    private static long[] push(long[] buf, int at, long value) {
        long[] b = buf;
        if (at == b.length) {
            b = java.util.Arrays.copyOf(b, b.length * 2);
            TOKEN_BUFFER.set(b);
        }
        b[at] = value;
        return b;
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
        if (c <= 0x0E7F) {
            return true; // Thai
        }
        if (c < 0x2E80) {
            return false; // punctuation, symbols, other alphabets: no ideographs below the CJK radicals
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
    static boolean endsSentence(CharSequence s) {
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

    /**
     * Splits at whitespace and the given separator characters; returns how many items there are when every one
     * is in the set, and -1 as soon as one is not (what {@code split("[\\s<separators>]+")} plus a loop did).
     */
    static int allItemsIn(String s, String separators, java.util.Set<String> set) {
        int items = 0;
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean cut = i == s.length() || Character.isWhitespace(s.charAt(i)) && s.charAt(i) < 128
                    || separators.indexOf(s.charAt(i)) >= 0;
            if (cut) {
                if (start >= 0) {
                    if (!set.contains(s.substring(start, i))) {
                        return -1;
                    }
                    items++;
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return items;
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
