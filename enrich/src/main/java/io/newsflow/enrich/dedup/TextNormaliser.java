package io.newsflow.enrich.dedup;

import java.text.Normalizer;
import java.util.List;

import io.newsflow.enrich.text.Chars;

/**
 * Normalisation shared by the content hash and the simhash: NFKC, typographic quotes and dashes folded to ASCII,
 * runs of whitespace to one space, trimmed; empty paragraphs dropped, the rest joined by a newline.
 *
 * <p>NFKC leaves a paragraph unchanged when each of its characters is unchanged by NFKC on its own and can neither
 * combine with the character before it nor be reordered (no mark, no Hangul jamo): the NFKC quick check answers
 * "yes" for such a text. That holds for ASCII and for the usual typographic punctuation of news, which is then
 * folded and collapsed in one pass over a char array; any other paragraph goes through {@link Normalizer} first.
 */
final class TextNormaliser {

    /** Per BMP character: 0 not yet known, 1 inert under NFKC, 2 not. Filled on first sight; races only repeat work. */
    private static final byte[] INERT = new byte[65536];

    private TextNormaliser() {
    }

    /** The body's non-null, non-empty paragraphs, each normalised, joined by '\n'. */
    static NormalisedBody body(List<String> body) {
        int capacity = 0;
        for (String p : body) {
            capacity += p == null ? 0 : p.length() + 1;
        }
        char[] out = new char[Math.max(capacity, 16)];
        int length = 0;
        for (String p : body) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            int start = length == 0 ? 0 : length + 1;
            int n = p.length();
            if (start + n > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, start + n));
            }
            p.getChars(0, n, out, start);
            int end = collapse(out, start, start + n, true);
            if (end < 0) {
                // Not inert under NFKC: normalise first, as the definition says.
                String nfkc = Normalizer.normalize(p, Normalizer.Form.NFKC);
                int m = nfkc.length();
                if (start + m > out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, start + m));
                }
                nfkc.getChars(0, m, out, start);
                end = collapse(out, start, start + m, false);
            }
            if (end > start) {
                if (start > 0) {
                    out[length] = '\n';
                }
                length = end;
            }
        }
        return new NormalisedBody(out, length);
    }

    /**
     * Folds and collapses {@code buf[from, to)} in place (the result is never longer); returns its end, or -1 when
     * {@code checkInert} and a character is not inert under NFKC.
     */
    private static int collapse(char[] buf, int from, int to, boolean checkInert) {
        int w = from;
        boolean space = false;
        for (int r = from; r < to; r++) {
            char c = buf[r];
            if (c >= 128) {
                if (checkInert && !inert(c)) {
                    return -1;
                }
                c = fold(c);
            }
            if (Chars.isSpace(c)) {
                space = w > from;
                continue;
            }
            if (space) {
                buf[w++] = ' ';
                space = false;
            }
            buf[w++] = c;
        }
        return w;
    }

    private static boolean inert(char c) {
        byte k = INERT[c];
        if (k == 0) {
            k = isInert(c) ? (byte) 1 : (byte) 2;
            INERT[c] = k;
        }
        return k == 1;
    }

    /** NFKC quick check "yes" and combining class 0, from what the JDK exposes. */
    private static boolean isInert(char c) {
        if (Character.isSurrogate(c) || c >= 0x1100 && c <= 0x11FF) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        return Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFKC);
    }

    private static char fold(char c) {
        switch (c) {
            case '\u2018': case '\u2019': case '\u201B': case '\u2032':
                return '\'';
            case '\u201C': case '\u201D': case '\u201F': case '\u2033':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            default:
                return c;
        }
    }
}
