package io.newsflow.enrich.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Normalisation shared by the content hash and the simhash: NFKC, typographic quotes folded, whitespace collapsed. */
final class TextNormaliser {

    private TextNormaliser() {
    }

    /** One normalised paragraph: NFKC, curly quotes and dashes folded to ASCII, runs of whitespace to one space, trimmed. */
    static String paragraph(String text) {
        String nfkc = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = fold(nfkc.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The body's non-empty paragraphs, each normalised. */
    static List<String> paragraphs(List<String> body) {
        List<String> out = new ArrayList<>(body.size());
        for (String p : body) {
            if (p == null) {
                continue;
            }
            String n = paragraph(p);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
