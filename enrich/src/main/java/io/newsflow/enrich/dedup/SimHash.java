package io.newsflow.enrich.dedup;

import java.util.List;

import io.newsflow.enrich.text.AnalysedText;
import io.newsflow.enrich.text.Chars;

/**
 * 64-bit simhash (Charikar) of the body's word shingles. Words are runs of letters and digits, lower-cased after
 * the same normalisation as {@link ContentHash}; each shingle of {@link #SHINGLE_WORDS} consecutive words is hashed
 * with FNV-1a 64 (each word over its lower-cased UTF-16 code units, then the words' hashes chained), then mixed
 * with the murmur3 finaliser so that every bit is usable; each bit of the result is the majority vote of the
 * shingles. The value depends on nothing but the text, so it is the same on every JVM and in every run.
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
        return of(AnalysedText.ofBody(body));
    }

    /**
     * Simhash of the body paragraphs of an analysed text (its headline is not part of it). Where NFKC cannot change
     * a paragraph, its words are the analysed runs joined across an apostrophe or hyphen, and a word's hash is the
     * run's hash continued over the joiner and the next run; other paragraphs are normalised and scanned again.
     */
    public static long of(AnalysedText text) {
        Shingles shingles = new Shingles();
        char[] chars = text.chars();
        for (int z = 1; z < text.zones(); z++) {
            String paragraph = text.zoneText(z);
            if (paragraph == null) {
                continue;
            }
            if (!text.nfkcInert(z)) {
                normalisedWords(paragraph, shingles);
                continue;
            }
            int end = text.zoneEndRun(z);
            for (int r = text.zoneFirstRun(z); r < end; r++) {
                long h = text.runHash(r);
                char joiner;
                while (r + 1 < end && text.runStart(r + 1) == text.runEnd(r) + 1
                        && ((joiner = TextNormaliser.fold(chars[text.runEnd(r)])) == '\'' || joiner == '-')) {
                    h = (h ^ joiner) * FNV_PRIME;
                    r++;
                    h = text.hashLower(h, text.runStart(r), text.runEnd(r));
                }
                shingles.word(h);
            }
        }
        return shingles.value();
    }

    /** The words of one paragraph after NFKC, folding and collapsing, scanned as the definition says. */
    private static void normalisedWords(String paragraph, Shingles shingles) {
        int[] length = new int[1];
        char[] p = TextNormaliser.nfkcCollapsed(paragraph, length);
        int n = length[0];
        int i = 0;
        while (i < n) {
            while (i < n && !Chars.isLetterOrDigit(p[i])) {
                i++;
            }
            if (i >= n) {
                break;
            }
            long h = FNV_OFFSET;
            while (i < n && isWordChar(p, i, n)) {
                h = (h ^ Chars.toLowerCase(p[i])) * FNV_PRIME;
                i++;
            }
            shingles.word(h);
        }
    }

    /** Word hashes in, shingle votes out. */
    private static final class Shingles {
        private final Votes votes = new Votes();
        private long older;
        private long last;
        private int words;

        void word(long h) {
            older = last;
            last = h;
            words++;
            if (words >= SHINGLE_WORDS) {
                votes.add(fmix64((((FNV_OFFSET ^ older) * FNV_PRIME) ^ last) * FNV_PRIME));
            }
        }

        long value() {
            if (votes.total == 0 && words > 0) {
                // Shorter than one shingle: the word itself, so that tiny bodies still get a value.
                votes.add(fmix64(last));
            }
            return votes.majority();
        }
    }

    /** Number of differing bits. */
    public static int hamming(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** True when the two simhashes are within {@link #DEFAULT_HAMMING_THRESHOLD}. */
    public static boolean nearDuplicate(long a, long b) {
        return hamming(a, b) <= DEFAULT_HAMMING_THRESHOLD;
    }

    private static boolean isWordChar(char[] p, int i, int n) {
        char c = p[i];
        if (Chars.isLetterOrDigit(c)) {
            return true;
        }
        // Apostrophes and hyphens inside a word (don't, ceasefire-era) keep it one word.
        return (c == '\'' || c == '-') && i + 1 < n && Chars.isLetterOrDigit(p[i + 1])
                && i > 0 && Chars.isLetterOrDigit(p[i - 1]);
    }

    /**
     * Per-bit counts of the shingle hashes voting: each hash adds its bits, eight at a time, as eight byte-wide lanes
     * of a long (one table load and one add per byte, no branch); the lanes are emptied into int counts before a
     * byte can overflow.
     */
    private static final class Votes {
        /** Byte {@code j} of {@code SPREAD[b]} is bit {@code j} of {@code b}. */
        private static final long[] SPREAD = new long[256];

        static {
            for (int b = 0; b < 256; b++) {
                long v = 0;
                for (int j = 0; j < 8; j++) {
                    v |= (long) ((b >>> j) & 1) << (8 * j);
                }
                SPREAD[b] = v;
            }
        }

        private final long[] lanes = new long[8];
        private final int[] counts = new int[64];
        private int pending;
        int total;

        void add(long h) {
            long[] l = lanes;
            for (int k = 0; k < 8; k++) {
                l[k] += SPREAD[(int) (h >>> (8 * k)) & 0xFF];
            }
            total++;
            if (++pending == 255) {
                flush();
            }
        }

        private void flush() {
            for (int k = 0; k < 8; k++) {
                long v = lanes[k];
                for (int j = 0; j < 8; j++) {
                    counts[8 * k + j] += (int) (v >>> (8 * j)) & 0xFF;
                }
                lanes[k] = 0;
            }
            pending = 0;
        }

        /** Bit set where more hashes had it set than not. */
        long majority() {
            flush();
            long result = 0L;
            for (int bit = 0; bit < 64; bit++) {
                if (2 * counts[bit] > total) {
                    result |= 1L << bit;
                }
            }
            return result;
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
