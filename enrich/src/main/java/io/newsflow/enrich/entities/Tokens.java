package io.newsflow.enrich.entities;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

import io.newsflow.enrich.text.AnalysedText;
import io.newsflow.enrich.text.Chars;
import io.newsflow.enrich.text.ShortWords;

/**
 * The words of an article's body for entity finding, read as {@link WordTokenizer} reads a paragraph, but built
 * from the analysed text's runs of letters and digits: runs joined across an apostrophe, a hyphen or (between
 * capitals) a dot make one word; an abbreviation or initial keeps its final dot; a possessive 's is cut off. Each
 * word is a span of the analysed chars with its flags and the FNV-1a 64 hash of its lower-case chars; its string is
 * made only when asked for (most words are lower case and never looked at as strings).
 *
 * <p>Paragraphs are the non-blank body paragraphs, in order; paragraph {@code p} holds words
 * {@code [paragraphStart(p), paragraphEnd(p))}.
 */
final class Tokens {

    private static final int CAPITALISED = 1;
    private static final int SENTENCE_START = 2;
    private static final int JOINED = 4;
    private static final int POSSESSIVE = 8;
    private static final int ASCII = 16;

    private AnalysedText text;
    private char[] chars;
    private int size;
    private int[] start;
    private int[] end;
    private long[] hash;
    private long[] key;
    private byte[] flags;
    private String[] strings;
    private int paragraphs;
    private int[] paragraphStart;
    private int[] paragraphZone;

    /** The words of a text. */
    Tokens(AnalysedText text) {
        this();
        read(text);
    }

    /** An empty table, to {@link #read} texts into one after another (its arrays are kept and grown). */
    Tokens() {
        start = new int[512];
        end = new int[512];
        hash = new long[512];
        key = new long[512];
        flags = new byte[512];
        strings = new String[512];
        paragraphStart = new int[64];
        paragraphZone = new int[64];
    }

    /** Reads the body paragraphs of a text, forgetting the previous one. */
    Tokens read(AnalysedText text) {
        Arrays.fill(strings, 0, size, null);
        this.text = text;
        this.chars = text.chars();
        size = 0;
        paragraphs = 0;
        if (paragraphStart.length < text.zones() + 1) {
            paragraphStart = new int[text.zones() + 1];
            paragraphZone = new int[text.zones() + 1];
        }
        for (int z = AnalysedText.HEADLINE + 1; z < text.zones(); z++) {
            String p = text.zoneText(z);
            if (p == null || p.isBlank()) {
                continue;
            }
            paragraphStart[paragraphs] = size;
            paragraphZone[paragraphs] = z;
            paragraphs++;
            readZone(z);
        }
        paragraphStart[paragraphs] = size;
        if (strings.length < size) {
            strings = new String[start.length];
        }
        return this;
    }

    /** WordTokenizer's reading of one zone, from its runs. */
    private void readZone(int zone) {
        int zoneEnd = text.zoneEnd(zone);
        int lastRun = text.zoneEndRun(zone);
        int first = size;
        int gapFrom = text.zoneStart(zone);
        boolean sentenceStart = true;
        for (int r = text.zoneFirstRun(zone); r < lastRun; r++) {
            int from = text.runStart(r);
            boolean onlySpace = true;
            for (int i = gapFrom; i < from; i++) {
                char c = chars[i];
                if (!Chars.isSpace(c)) {
                    onlySpace = false;
                    if (endsSentence(c)) {
                        sentenceStart = true;
                    }
                }
            }
            boolean ascii = text.runAscii(r);
            long h = text.runHash(r);
            int to = text.runEnd(r);
            int firstRun = r;
            char j;
            // Apostrophes, hyphens and dots between letters or digits stay inside the word (a dot only between
            // capitals: U.S.A).
            while (r + 1 < lastRun && text.runStart(r + 1) == to + 1
                    && ((j = chars[to]) == '\'' || j == '\u2019' || j == '-'
                    || j == '.' && Character.isUpperCase(chars[to - 1]) && Character.isUpperCase(chars[to + 1]))) {
                ascii &= j < 128 && text.runAscii(r + 1);
                r++;
                h = text.hashLower((h ^ Chars.toLowerCase(j)) * AnalysedText.FNV_PRIME, to + 1, text.runEnd(r));
                to = text.runEnd(r);
            }
            // Abbreviations such as U.S. and U.K.: single letters separated by dots keep their final dot...
            if (to < zoneEnd && chars[to] == '.' && (isDottedAbbreviation(from, to)
                    || to - from == 1 && Character.isUpperCase(chars[from]))) {
                // ...and so does a middle initial ("George W. Bush"): its dot does not end the sentence.
                h = (h ^ '.') * AnalysedText.FNV_PRIME;
                to++;
            }
            gapFrom = to;
            int textEnd = to;
            boolean possessive = false;
            if (to - from > 2) {
                char last = chars[to - 1];
                char apos = chars[to - 2];
                if ((last == 's' || last == 'S') && (apos == '\'' || apos == '\u2019')) {
                    textEnd = to - 2;
                    possessive = true;
                    h = text.hashLower(AnalysedText.FNV_OFFSET, from, textEnd);
                    ascii = true;
                    for (int i = from; i < textEnd; i++) {
                        ascii &= chars[i] < 128;
                    }
                }
            }
            long k = r == firstRun && textEnd == text.runEnd(r) ? text.runKey(r)
                    : ascii ? ShortWords.key(chars, from, textEnd) : ShortWords.NONE;
            add(from, textEnd, h, k, (Chars.isUpperCase(chars[from]) ? CAPITALISED : 0)
                    | (sentenceStart ? SENTENCE_START : 0) | (onlySpace && size > first ? JOINED : 0)
                    | (possessive ? POSSESSIVE : 0) | (ascii ? ASCII : 0));
            sentenceStart = false;
        }
    }

    private void add(int from, int to, long h, long k, int f) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            hash = Arrays.copyOf(hash, size * 2);
            key = Arrays.copyOf(key, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
        }
        start[size] = from;
        end[size] = to;
        hash[size] = h;
        key[size] = k;
        flags[size] = (byte) f;
        size++;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '\u201C'
                || c == '\u2022';
    }

    /** X.Y or X.Y.Z: alternating single upper-case letters and dots. */
    private boolean isDottedAbbreviation(int from, int to) {
        if (to - from < 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = chars[k];
            boolean letterSlot = (k - from) % 2 == 0;
            if (letterSlot ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    int size() {
        return size;
    }

    int paragraphs() {
        return paragraphs;
    }

    int paragraphStart(int p) {
        return paragraphStart[p];
    }

    int paragraphEnd(int p) {
        return paragraphStart[p + 1];
    }

    /** The body paragraph (original string) of paragraph {@code p}. */
    String paragraphText(int p) {
        return text.zoneText(paragraphZone[p]);
    }

    char[] chars() {
        return chars;
    }

    int start(int t) {
        return start[t];
    }

    int end(int t) {
        return end[t];
    }

    int[] starts() {
        return start;
    }

    int[] ends() {
        return end;
    }

    int length(int t) {
        return end[t] - start[t];
    }

    char charAt(int t, int i) {
        return chars[start[t] + i];
    }

    /** The word's {@link ShortWords#key}, or {@link ShortWords#NONE}. */
    long key(int t) {
        return key[t];
    }

    /** FNV-1a 64 of the word's lower-case chars. */
    long hash(int t) {
        return hash[t];
    }

    boolean capitalised(int t) {
        return (flags[t] & CAPITALISED) != 0;
    }

    /** First word of a sentence, of a quotation or after a colon. */
    boolean sentenceStart(int t) {
        return (flags[t] & SENTENCE_START) != 0;
    }

    /** Only whitespace separates it from the previous word of its paragraph. */
    boolean joined(int t) {
        return (flags[t] & JOINED) != 0;
    }

    /** Carried a possessive 's (cut off). */
    boolean possessive(int t) {
        return (flags[t] & POSSESSIVE) != 0;
    }

    /** All its chars are ASCII (then its lower case is per char, and hash() is the hash of that). */
    boolean ascii(int t) {
        return (flags[t] & ASCII) != 0;
    }

    /** True when no char of the word is a lower-case letter. */
    boolean noLowerCase(int t) {
        for (int i = start[t]; i < end[t]; i++) {
            char c = chars[i];
            if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash equal for words that {@link String#equalsIgnoreCase} finds equal: FNV-1a 64 over each char's
     * {@code toLowerCase(toUpperCase(c))}, the relation that method applies char by char (a surrogate, compared
     * there as part of a code point that never matches a lone char, counts as one constant). For ASCII words it is
     * {@link #hash}.
     */
    long caseHash(int t) {
        return ascii(t) ? hash[t] : caseHash(chars, start[t], end[t]);
    }

    static long caseHash(char[] chars, int from, int to) {
        long h = AnalysedText.FNV_OFFSET;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            char k = Character.isSurrogate(c) ? '\uD800' : Character.toLowerCase(Character.toUpperCase(c));
            h = (h ^ k) * AnalysedText.FNV_PRIME;
        }
        return h;
    }

    String text(int t) {
        String s = strings[t];
        if (s == null) {
            s = new String(chars, start[t], end[t] - start[t]);
            strings[t] = s;
        }
        return s;
    }

    /** The words {@code [from, to)} joined by spaces. */
    String surface(int from, int to) {
        if (to - from == 1) {
            return text(from);
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(chars, start[k], end[k] - start[k]);
        }
        return b.toString();
    }

    /** The strings of the words {@code [from, to)}, as a list made on demand. */
    List<String> texts(int from, int to) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return text(from + index);
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    /** The words as {@link Token}s (for tests and tools). */
    List<Token> asTokens(int from, int to) {
        Token[] out = new Token[to - from];
        for (int k = from; k < to; k++) {
            out[k - from] = new Token(text(k), capitalised(k), sentenceStart(k), joined(k), possessive(k));
        }
        return List.of(out);
    }
}
