package io.newsflow.enrich.text;

/**
 * The character tests of the text scans, answered from a small table for ASCII and by {@link Character} for the
 * rest: the same answers as {@code Character.isLetterOrDigit(char)} and friends, one array load for the common case.
 */
public final class Chars {

    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int UPPER = 4;
    private static final int SPACE = 8;
    private static final byte[] ASCII = new byte[128];
    private static final char[] LOWER_ASCII = new char[128];
    /** Per BMP character: 0 not yet known, 1 inert under NFKC, 2 not. Filled on first sight; races only repeat work. */
    private static final byte[] NFKC_INERT = new byte[65536];

    static {
        for (char c = 0; c < 128; c++) {
            int f = 0;
            f |= Character.isLetter(c) ? LETTER : 0;
            f |= Character.isDigit(c) ? DIGIT : 0;
            f |= Character.isUpperCase(c) ? UPPER : 0;
            f |= Character.isWhitespace(c) || Character.isSpaceChar(c) ? SPACE : 0;
            ASCII[c] = (byte) f;
            LOWER_ASCII[c] = Character.toLowerCase(c);
        }
    }

    private Chars() {
    }

    /** {@code Character.isLetterOrDigit(c)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    /** {@code Character.isLetter(c)}. */
    public static boolean isLetter(char c) {
        return c < 128 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /** {@code Character.isUpperCase(c)}. */
    public static boolean isUpperCase(char c) {
        return c < 128 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    /** {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}: what the scans treat as a space. */
    public static boolean isSpace(char c) {
        return c < 128 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code Character.toLowerCase(c)}. */
    public static char toLowerCase(char c) {
        return c < 128 ? LOWER_ASCII[c] : Character.toLowerCase(c);
    }

    /** {@code Character.toLowerCase(c)} for an ASCII char (from a table, without a branch). */
    public static char toLowerCaseAscii(char c) {
        return LOWER_ASCII[c];
    }

    /**
     * True when NFKC leaves any text made of such characters unchanged: the character is unchanged by NFKC on its
     * own and can neither combine with the character before it nor be reordered (no mark, no Hangul jamo, no
     * surrogate), so the NFKC quick check answers "yes". Holds for ASCII and the usual typographic punctuation.
     */
    public static boolean isNfkcInert(char c) {
        if (c < 128) {
            return true;
        }
        byte k = NFKC_INERT[c];
        if (k == 0) {
            k = nfkcInert(c) ? (byte) 1 : (byte) 2;
            NFKC_INERT[c] = k;
        }
        return k == 1;
    }

    private static boolean nfkcInert(char c) {
        if (Character.isSurrogate(c) || c >= 0x1100 && c <= 0x11FF) {
            return false;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return false;
        }
        return java.text.Normalizer.isNormalized(String.valueOf(c), java.text.Normalizer.Form.NFKC);
    }
}
