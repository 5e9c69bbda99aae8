package io.newsflow.enrich.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Set<String> seen = new HashSet<>();
        // shingle hash -> index of the first kept block holding it
        Map<Long, Integer> firstOwner = new HashMap<>();
        for (Block b : page.blocks) {
            if (b.removed) {
                continue;
            }
            String key = String.join(" ", b.tokens);
            if (!seen.add(key)) {
                b.remove(name(), "repeated paragraph (exact duplicate of an earlier one)");
                continue;
            }
            if (b.words < Thresholds.REPEAT_MIN_WORDS) {
                continue;
            }
            long[] shingles = shingles(b.tokens);
            Map<Integer, Integer> hits = new HashMap<>();
            int bestHits = 0;
            for (long s : shingles) {
                Integer owner = firstOwner.get(s);
                if (owner != null) {
                    bestHits = Math.max(bestHits, hits.merge(owner, 1, Integer::sum));
                }
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

    /** Distinct hashes of word n-grams. */
    static long[] shingles(List<String> tokens) {
        int n = Thresholds.REPEAT_SHINGLE;
        if (tokens.size() < n) {
            return new long[0];
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + n; j++) {
                h = 31 * h + tokens.get(j).hashCode();
                h ^= h >>> 29;
            }
            out.add(h);
        }
        long[] a = new long[out.size()];
        int k = 0;
        for (long v : out) {
            a[k++] = v;
        }
        return a;
    }
}
