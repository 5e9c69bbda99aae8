package io.newsflow.enrich.extract;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongObjectHashMap;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A phrase list matched on a block's token hashes ({@link Block#tokenHashes}): whole words only, case and
 * punctuation ignored, nothing allocated per block. Each phrase is also indexed as written in capitals
 * ("İLGİLİ HABERLER", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ": capitals drop Greek accents and Turkish dotless i), so a list holds
 * one spelling per phrase.
 */
final class TokenPhrases {
    /** First token hash → the phrases (as token hashes) starting with it. */
    private final LongObjectHashMap<long[][]> byFirst = new LongObjectHashMap<>();
    /** Keys ({@link Texts#sequenceKey}) of whole phrases: a block that is exactly one of them. */
    private final LongHashSet wholeKeys = new LongHashSet();
    /**
     * A bit per first-token hash class ({@link #FILTER_BITS} classes): most words of a block start no phrase of a
     * list, and one load from this small array (it stays in the first-level cache) says so without probing the map.
     */
    private final long[] firstFilter = new long[1 << FILTER_BITS - 6];
    /** 8,192 classes (1 KiB): a list of a few hundred phrases lets about one word in twenty through to the map. */
    private static final int FILTER_BITS = 13;

    private TokenPhrases(List<String> phrases) {
        for (String phrase : phrases) {
            for (String variant : variants(phrase.strip())) {
                long[] t = Texts.tokenHashes(variant);
                if (t.length == 0) {
                    continue;
                }
                wholeKeys.add(Texts.sequenceKey(t));
                int f = filterClass(t[0]);
                firstFilter[f >>> 6] |= 1L << f;
                long[][] list = byFirst.get(t[0]);
                if (list == null) {
                    byFirst.put(t[0], new long[][] {t});
                } else if (Arrays.stream(list).noneMatch(x -> Arrays.equals(x, t))) {
                    long[][] longer = Arrays.copyOf(list, list.length + 1);
                    longer[list.length] = t;
                    byFirst.put(t[0], longer);
                }
            }
        }
    }

    /** A list from a word-list resource ({@link Lexicon#list}). */
    static TokenPhrases load(String resource) {
        return new TokenPhrases(Lexicon.list(resource));
    }

    static TokenPhrases of(List<String> phrases) {
        return new TokenPhrases(phrases);
    }

    /** The phrase as written, in capitals, and in capitals without accents. */
    private static Set<String> variants(String phrase) {
        Set<String> out = new LinkedHashSet<>();
        out.add(phrase);
        String upper = phrase.toUpperCase(Locale.ROOT);
        out.add(upper);
        out.add(stripMarks(upper));
        out.add(stripMarks(phrase));
        return out;
    }

    private static String stripMarks(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                out.append(d.charAt(i));
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The block's text is exactly one phrase (punctuation and case aside). */
    boolean isWhole(Block b) {
        return b.words > 0 && wholeKeys.contains(b.key);
    }

    /** The text is exactly one phrase (punctuation and case aside). */
    boolean isWhole(String text) {
        long[] t = Texts.tokenHashes(text);
        return t.length > 0 && wholeKeys.contains(Texts.sequenceKey(t));
    }

    /** Number of tokens of the phrase the tokens start with (the longest), or 0. */
    int prefix(long[] tokens) {
        return tokens.length == 0 ? 0 : matchAt(tokens, 0);
    }

    /** Index of the first token where a phrase starts, or -1. */
    int find(long[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            if (matchAt(tokens, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** How many different phrases occur in the tokens (a phrase found twice counts once). */
    int distinct(long[] tokens) {
        int n = 0;
        long seen0 = 0;
        long seen1 = 0;
        for (int i = 0; i < tokens.length; i++) {
            int len = matchAt(tokens, i);
            if (len > 0) {
                long key = tokens[i] * 31 + len; // a phrase is known by its first token and its length
                if (key != seen0 && key != seen1) {
                    n++;
                    seen1 = seen0;
                    seen0 = key;
                }
                i += len - 1;
            }
        }
        return n;
    }

    private static int filterClass(long tokenHash) {
        return (int) (tokenHash ^ tokenHash >>> 29 ^ tokenHash >>> 47) & (1 << FILTER_BITS) - 1;
    }

    private int matchAt(long[] tokens, int at) {
        long t = tokens[at];
        int f = filterClass(t);
        if ((firstFilter[f >>> 6] & 1L << f) == 0) {
            return 0;
        }
        long[][] candidates = byFirst.get(t);
        if (candidates == null) {
            return 0;
        }
        int best = 0;
        for (long[] p : candidates) {
            if (p.length > best && at + p.length <= tokens.length
                    && Arrays.equals(tokens, at, at + p.length, p, 0, p.length)) {
                best = p.length;
            }
        }
        return best;
    }
}
