package io.newsflow.enrich.extract;

import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongLongHashMap;
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

    /** Owner value of a shingle seen only in blocks that were removed or not yet decided. */
    private static final long NO_OWNER = 0xFFFF_FFFFL;

    @Override
    public void apply(Page page) {
        int blocks = 0;
        int words = 0;
        for (Block b : page.blocks) {
            blocks = Math.max(blocks, b.index + 1);
            words += b.words;
        }
        LongHashSet seen = new LongHashSet(blocks);
        // shingle hash -> (index of the first kept block holding it) << 32 | (last block that counted it + 1)
        LongLongHashMap shingles = new LongLongHashMap(words); // at most one shingle per word
        // distinct shingles of the current block found in each earlier block (reset through the touched list)
        int[] hits = new int[blocks];
        int[] touched = new int[blocks];
        long[] mine = new long[16];
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
            long stamp = b.index + 1L;
            int distinct = 0;
            int bestHits = 0;
            int nTouched = 0;
            int n = Thresholds.REPEAT_SHINGLE;
            long[] tokens = b.tokenHashes;
            for (int i = 0; i + n <= tokens.length; i++) {
                long s = shingle(tokens, i, n);
                int slot = shingles.indexOf(s);
                if (shingles.indexExists(slot)) {
                    long v = shingles.indexGet(slot);
                    if ((v & 0xFFFF_FFFFL) == stamp) {
                        continue; // repeated inside this block
                    }
                    shingles.indexReplace(slot, v & ~0xFFFF_FFFFL | stamp);
                    int owner = (int) (v >>> 32);
                    if (owner != (int) NO_OWNER) {
                        if (hits[owner]++ == 0) {
                            touched[nTouched++] = owner;
                        }
                        bestHits = Math.max(bestHits, hits[owner]);
                    }
                } else {
                    shingles.indexInsert(slot, s, NO_OWNER << 32 | stamp);
                }
                if (distinct == mine.length) {
                    mine = Arrays.copyOf(mine, mine.length * 2);
                }
                mine[distinct++] = s;
            }
            for (int i = 0; i < nTouched; i++) {
                hits[touched[i]] = 0;
            }
            if (distinct > 0 && bestHits >= Thresholds.REPEAT_MIN_CONTAINMENT * distinct) {
                b.remove(name(), "repeated paragraph (near or truncated duplicate of an earlier one)");
                continue;
            }
            for (int i = 0; i < distinct; i++) {
                int slot = shingles.indexOf(mine[i]);
                long v = shingles.indexGet(slot);
                if ((v >>> 32) == NO_OWNER) {
                    shingles.indexReplace(slot, (long) b.index << 32 | v & 0xFFFF_FFFFL);
                }
            }
        }
    }

    private static long shingle(long[] tokens, int from, int n) {
        long h = 1125899906842597L;
        for (int j = from; j < from + n; j++) {
            h = 31 * h + tokens[j];
            h ^= h >>> 29;
        }
        return h;
    }

    /** Distinct hashes of word n-grams of a block's token hashes, sorted. */
    static long[] shingles(long[] tokens) {
        int n = Thresholds.REPEAT_SHINGLE;
        if (tokens.length < n) {
            return new long[0];
        }
        long[] out = new long[tokens.length - n + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = shingle(tokens, i, n);
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
