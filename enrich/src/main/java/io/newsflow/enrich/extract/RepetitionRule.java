package io.newsflow.enrich.extract;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongIntHashMap;
import java.util.Arrays;

/**
 * Repeated paragraphs: exact repeats of an earlier kept block, and near or truncated repeats
 * (most of the block's word shingles inside one earlier block). The first occurrence stays.
 */
final class RepetitionRule implements BlockRule {
    @Override
    public String name() {
        return "repetition";
    }

    @Override
    public void apply(Page page) {
        int blocks = 0;
        int words = 0;
        for (Block b : page.blocks) {
            blocks = Math.max(blocks, b.index + 1);
            words += b.words;
        }
        LongHashSet seen = new LongHashSet(blocks);
        // shingle hash -> index of the first kept block holding it
        LongIntHashMap firstOwner = new LongIntHashMap(words); // at most one shingle per word
        // shingles of the current block found in each earlier block (reset through the touched list)
        int[] hits = new int[blocks];
        int[] touched = new int[blocks];
        for (Block b : page.blocks) {
            if (b.removed) {
                continue;
            }
            if (!seen.add(b.key)) {
                b.remove(name(), "repeated paragraph (exact duplicate of an earlier one)");
                continue;
            }
            if (b.words < Thresholds.REPEAT_MIN_WORDS) {
                continue;
            }
            long[] shingles = shingles(b.tokenHashes);
            int bestHits = 0;
            int nTouched = 0;
            for (long s : shingles) {
                int slot = firstOwner.indexOf(s);
                if (firstOwner.indexExists(slot)) {
                    int owner = firstOwner.indexGet(slot);
                    if (hits[owner]++ == 0) {
                        touched[nTouched++] = owner;
                    }
                    bestHits = Math.max(bestHits, hits[owner]);
                }
            }
            for (int i = 0; i < nTouched; i++) {
                hits[touched[i]] = 0;
            }
            if (shingles.length > 0 && bestHits >= Thresholds.REPEAT_MIN_CONTAINMENT * shingles.length) {
                b.remove(name(), "repeated paragraph (near or truncated duplicate of an earlier one)");
                continue;
            }
            for (long s : shingles) {
                firstOwner.putIfAbsent(s, b.index);
            }
        }
    }

    /** Distinct hashes of word n-grams of a block's token hashes, sorted. */
    static long[] shingles(long[] tokens) {
        int n = Thresholds.REPEAT_SHINGLE;
        if (tokens.length < n) {
            return new long[0];
        }
        long[] out = new long[tokens.length - n + 1];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + n; j++) {
                h = 31 * h + tokens[j];
                h ^= h >>> 29;
            }
            out[i] = h;
        }
        Arrays.sort(out);
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[k++] = out[i];
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }
}
