package io.newsflow.enrich.dedup;

import java.util.List;

/**
 * 64-bit simhash (Charikar) of the body's word shingles. Words are runs of letters and digits, lower-cased after
 * the same normalisation as {@link ContentHash}; each shingle of {@link #SHINGLE_WORDS} consecutive words is hashed
 * with FNV-1a 64 (each word over its lower-cased UTF-16 code units, then the words' hashes chained), then mixed
 * with the murmur3 finaliser so that every bit is usable. The
 * value depends on nothing but the text, so it is the same on every JVM and in every run.
 */
public final class SimHash {

    /**
     * Words per shingle: pairs keep some word order while one changed word touches only two shingles (with three,
     * a rewritten sentence in the seeds moved the hash by up to 12 bits; with single words, distinct stories on
     * the same subject came within 10 bits of each other).
     */
    public static final int SHINGLE_WORDS = 2;

    /**
     * Two bodies whose simhashes differ in at most this many bits are near-duplicates. Measured (SimHashTest,
     * SimHashQualityTest): a seed copy with one sentence rewritten lies 2 to 6 bits from its original, one with a
     * paragraph dropped and a sentence changed 3 to 12 bits; the five distinct seeds (all on the same story) lie 28
     * or more bits apart. Over the 515,620 pairs of BBC News dev, the 16 pairs within 12 bits are all copies of one
     * story, and the first unrelated pair appears at 13 bits; random pairs average 32.
     */
    public static final int DEFAULT_HAMMING_THRESHOLD = 12;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {
    }

    /** Simhash of a body given as paragraphs; shingles run across paragraph breaks. 0 for a body without words. */
    public static long of(List<String> body) {
        int[] votes = new int[64];
        long[] window = new long[SHINGLE_WORDS];
        int words = 0;
        int shingles = 0;
        for (String raw : body) {
            if (raw == null) {
                continue;
            }
            String p = TextNormaliser.paragraph(raw);
            int i = 0;
            int n = p.length();
            while (i < n) {
                while (i < n && !Character.isLetterOrDigit(p.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                long h = FNV_OFFSET;
                while (i < n && isWordChar(p, i)) {
                    h = (h ^ Character.toLowerCase(p.charAt(i))) * FNV_PRIME;
                    i++;
                }
                window[words % SHINGLE_WORDS] = h;
                words++;
                if (words >= SHINGLE_WORDS) {
                    vote(votes, shingle(window, words));
                    shingles++;
                }
            }
        }
        if (shingles == 0 && words > 0) {
            // Shorter than one shingle: the words themselves, so that tiny bodies still get a value.
            for (int k = 0; k < words; k++) {
                vote(votes, fmix64(window[k]));
            }
        }
        long result = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** Number of differing bits. */
    public static int hamming(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** True when the two simhashes are within {@link #DEFAULT_HAMMING_THRESHOLD}. */
    public static boolean nearDuplicate(long a, long b) {
        return hamming(a, b) <= DEFAULT_HAMMING_THRESHOLD;
    }

    private static boolean isWordChar(String p, int i) {
        char c = p.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        // Apostrophes and hyphens inside a word (don't, ceasefire-era) keep it one word.
        return (c == '\'' || c == '-') && i + 1 < p.length() && Character.isLetterOrDigit(p.charAt(i + 1))
                && i > 0 && Character.isLetterOrDigit(p.charAt(i - 1));
    }

    /** Combines the last SHINGLE_WORDS word hashes, oldest first, FNV-1a style (one step per word), then mixes. */
    private static long shingle(long[] window, int words) {
        long h = FNV_OFFSET;
        for (int k = 0; k < SHINGLE_WORDS; k++) {
            h = (h ^ window[(words + k) % SHINGLE_WORDS]) * FNV_PRIME;
        }
        return fmix64(h);
    }

    private static void vote(int[] votes, long h) {
        for (int bit = 0; bit < 64; bit++) {
            votes[bit] += (((int) (h >>> bit)) & 1) * 2 - 1;
        }
    }

    /** The murmur3 64-bit finaliser: spreads FNV's weak high bits. */
    private static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9e53ccd3c4dL;
        k ^= k >>> 33;
        return k;
    }
}
