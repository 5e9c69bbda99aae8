package io.newsflow.enrich.dedup;

import java.text.Normalizer;

import io.newsflow.enrich.text.Chars;

/**
 * Normalisation shared by the content hash and the simhash: NFKC, typographic quotes and dashes folded to ASCII,
 * runs of whitespace to one space, trimmed; empty paragraphs dropped, the rest joined by a newline.
 *
 * <p>NFKC is skipped where it cannot change a paragraph ({@link io.newsflow.enrich.text.AnalysedText#nfkcInert}):
 * ASCII and the usual typographic punctuation of news. Such paragraphs are folded and collapsed straight from the
 * analysed text; any other goes through {@link Normalizer} first ({@link #nfkcCollapsed}).
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    /** A paragraph NFKC-normalised, folded and collapsed, as chars {@code [0, length)} of the returned holder. */
    static char[] nfkcCollapsed(String paragraph, int[] length) {
        String nfkc = Normalizer.normalize(paragraph, Normalizer.Form.NFKC);
        char[] buf = nfkc.toCharArray();
        int w = 0;
        boolean space = false;
        for (char raw : buf) {
            char c = fold(raw);
            if (Chars.isSpace(c)) {
                space = w > 0;
                continue;
            }
            if (space) {
                buf[w++] = ' ';
                space = false;
            }
            buf[w++] = c;
        }
        length[0] = w;
        return buf;
    }

    /** Typographic quotes, primes and dashes to their ASCII forms. */
    static char fold(char c) {
        if (c < 0x2010) {
            return c;
        }
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
