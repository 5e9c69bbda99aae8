package io.newsflow.enrich.extract;

import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * Scores a text against an OpenNLP language-detector model the way {@code LanguageDetectorME} does (the same
 * features: distinct lower-cased character 1- to 3-grams of the normalised text; the same maximum-entropy sum and
 * softmax), without its per-call cost: no regular expressions on ordinary prose, no n-gram strings, no hash map of
 * boxed counts. The model's features are packed into {@code long} keys once, at load.
 *
 * <p>Normalisation follows the model factory's chain (emoji, URL and e-mail, Twitter, numbers, shrink). Prose
 * without emoji, URLs, e-mail addresses, hashtags, mentions, "rt" markers or laughter runs (almost all news text)
 * is normalised in one pass here; any other text goes through OpenNLP's own normalisers first, so the features
 * always match. {@code CharNgramEvaluatorTest} checks agreement with {@code LanguageDetectorME}.
 */
final class CharNgramEvaluator {
    /** Largest n-gram the model was trained with (its factory uses 1..3). */
    private static final int MAX_N = 3;
    private final String[] outcomes;
    /**
     * Open addressing, two longs per slot so a probe touches one cache line: the packed n-gram (its chars, then its
     * length in the low two bits; never 0), and where its weights start in the flat arrays (shifted) with their count.
     */
    private final long[] table;
    private final int mask;
    /** Outcome index and weight of every (feature, outcome) pair of a sparse feature, grouped by feature. */
    private final byte[] weightOutcome;
    private final double[] weight;
    /**
     * Features with weights for many outcomes (the common letters and bigrams every text has) as dense rows of
     * {@code outcomes.length} weights (zero where the model has none): adding a dense row is a vectorised loop.
     * One array per row, not offsets into one flat array: the compiler vectorises {@code sums[o] += row[o]} but
     * not loads at several loop-invariant offsets of one array (measured on JDK 17: twice as fast).
     */
    private final double[][] dense;
    /** Flag in a slot's value: the offset is a dense row. */
    private static final long DENSE = 1L << 62;
    /** A feature with weights for at least this many outcomes is stored densely. */
    private static final int DENSE_MIN_OUTCOMES = 16;
    private final CharSequenceNormalizer[] rareNormalisers = {
        EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
        TwitterCharSequenceNormalizer.getInstance()};

    /** Per-thread scratch space: scores, the distinct n-gram set, the normalised text. */
    private final ThreadLocal<Scratch> scratch;

    /** Outcome name and probability of the best language. */
    record Best(String outcome, double probability) { }

    CharNgramEvaluator(LanguageDetectorModel model) {
        AbstractModel maxent = (AbstractModel) model.getMaxentModel();
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        if (outcomes.length > 255) {
            throw new IllegalArgumentException("model has " + outcomes.length + " outcomes; at most 255 supported");
        }
        int capacity = Integer.highestOneBit(Math.max(16, pmap.size() * 2)) << 1;
        this.mask = capacity - 1;
        this.table = new long[2 * capacity];
        int pairs = 0;
        int rows = 0;
        for (Context c : pmap.values()) {
            if (c.getOutcomes().length >= DENSE_MIN_OUTCOMES) {
                rows++;
            } else {
                pairs += c.getOutcomes().length;
            }
        }
        int width = outcomes.length;
        this.weightOutcome = new byte[pairs];
        this.weight = new double[pairs];
        this.dense = new double[rows][width];
        int next = 0;
        int nextRow = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            String gram = e.getKey();
            if (gram.isEmpty() || gram.length() > MAX_N) {
                continue; // never produced by the feature generator
            }
            long key = 0;
            for (int i = 0; i < gram.length(); i++) {
                key = key << 16 | gram.charAt(i);
            }
            key = key << 2 | gram.length();
            int slot = slot(key);
            while (table[2 * slot] != 0) {
                slot = slot + 1 & mask;
            }
            int[] outs = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            table[2 * slot] = key;
            if (outs.length >= DENSE_MIN_OUTCOMES) {
                int row = nextRow++;
                for (int k = 0; k < outs.length; k++) {
                    dense[row][outs[k]] += params[k];
                }
                table[2 * slot + 1] = DENSE | row;
            } else {
                table[2 * slot + 1] = (long) next << 8 | outs.length;
                for (int k = 0; k < outs.length; k++) {
                    weightOutcome[next] = (byte) outs[k];
                    weight[next++] = params[k];
                }
            }
        }
        int n = outcomes.length;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** The most probable outcome for the text, or null when no feature of the model occurs in it. */
    Best best(CharSequence text) {
        double[] p = probabilities(text);
        if (p == null) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return new Best(outcomes[best], p[best]);
    }

    /**
     * Outcome probabilities in model order (the array is reused by the calling thread; copy it to keep it), or null
     * for text without any model feature. Equal to {@code LanguageDetectorME}'s confidences up to summation order.
     */
    double[] probabilities(CharSequence text) {
        Scratch s = scratch.get();
        StringBuilder normalised = normalise(text, s);
        double[] sums = s.sums;
        java.util.Arrays.fill(sums, 0);
        int len = normalised.length();
        s.clearSeen(MAX_N * len);
        s.rowCount = 0;
        char[] chars = s.chars(len);
        normalised.getChars(0, len, chars, 0);
        int features = 0;
        long k1 = 0;
        long k2 = 0;
        for (int i = 0; i < len; i++) {
            long c = chars[i];
            long k3 = k2 << 16 | c;
            k2 = k1 << 16 | c;
            k1 = c;
            features += add(k1 << 2 | 1, s, sums);
            if (i >= 1) {
                features += add(k2 << 2 | 2, s, sums);
            }
            if (i >= 2) {
                features += add((k3 & 0xFFFF_FFFF_FFFFL) << 2 | 3, s, sums);
            }
        }
        addDenseRows(s, sums);
        if (features == 0) {
            return null;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : sums) {
            max = Math.max(max, v);
        }
        double total = 0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = StrictMath.exp(sums[i] - max);
            total += sums[i];
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }

    /** Adds the feature's weights to the sums once per call; 1 when the model knows the feature. */
    private int add(long key, Scratch s, double[] sums) {
        if (!s.firstTime(key)) {
            return 0;
        }
        int slot = slot(key);
        long k;
        while ((k = table[2 * slot]) != 0) {
            if (k == key) {
                long v = table[2 * slot + 1];
                if ((v & DENSE) != 0) {
                    s.rows = Scratch.push(s.rows, s.rowCount++, (int) v); // added together at the end
                } else {
                    int from = (int) (v >>> 8);
                    int to = from + (int) (v & 0xFF);
                    for (int w = from; w < to; w++) {
                        sums[weightOutcome[w] & 0xFF] += weight[w];
                    }
                }
                return 1;
            }
            slot = slot + 1 & mask;
        }
        return 0;
    }

    /** Dense rows four at a time: one pass over the sums per four rows (eight at a time measured slower). */
    private void addDenseRows(Scratch s, double[] sums) {
        int[] rows = s.rows;
        int n = s.rowCount;
        int width = sums.length;
        int r = 0;
        for (; r + 4 <= n; r += 4) {
            double[] a = dense[rows[r]];
            double[] b = dense[rows[r + 1]];
            double[] c = dense[rows[r + 2]];
            double[] d = dense[rows[r + 3]];
            for (int o = 0; o < width; o++) {
                sums[o] += a[o] + b[o] + c[o] + d[o];
            }
        }
        for (; r < n; r++) {
            double[] a = dense[rows[r]];
            for (int o = 0; o < width; o++) {
                sums[o] += a[o];
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /**
     * The model factory's normaliser chain, then lower case. The common path does, in one pass over a buffer:
     * emoticons ({@code [:;x]-?[()dop]}) and digit runs to a space, whitespace runs of two or more to one space,
     * a character repeated three or more times to two, trim, lower-case by code point.
     */
    private StringBuilder normalise(CharSequence text, Scratch s) {
        StringBuilder a = s.a;
        StringBuilder b = s.b;
        a.setLength(0);
        boolean rare = needsRareNormalisers(text);
        if (rare) {
            CharSequence in = text;
            for (CharSequenceNormalizer n : rareNormalisers) {
                in = n.normalize(in); // emoji first, faces included: Twitter's normaliser removes them
            }
            a.append(in);
        } else {
            // OpenNLP's emoji class, as Java's regex engine reads it, is '-' and every code point from U+D83C up
            for (int i = 0; i < text.length(); ) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (isEmojiClass(cp)) {
                    while (i < text.length() && isEmojiClass(Character.codePointAt(text, i))) {
                        i += Character.charCount(Character.codePointAt(text, i));
                    }
                    a.append(' ');
                } else {
                    a.appendCodePoint(cp);
                }
            }
        }
        // faces (the end of Twitter's normaliser), then digit runs (NumberCharSequenceNormalizer)
        b.setLength(0);
        int n = a.length();
        for (int i = 0; i < n; i++) {
            char c = a.charAt(i);
            if (!rare && (c == ':' || c == ';' || c == 'x')) {
                int j = i + 1;
                if (j < n && a.charAt(j) == '-') {
                    j++;
                }
                if (j < n && isFaceMouth(a.charAt(j))) {
                    b.append(' ');
                    i = j;
                    continue;
                }
            }
            if (c >= '0' && c <= '9') {
                while (i + 1 < n && a.charAt(i + 1) >= '0' && a.charAt(i + 1) <= '9') {
                    i++;
                }
                b.append(' ');
                continue;
            }
            b.append(c);
        }
        // shrink: whitespace runs, then repeated characters, then trim
        a.setLength(0);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (isRegexSpace(c) && i + 1 < b.length() && isRegexSpace(b.charAt(i + 1))) {
                while (i + 1 < b.length() && isRegexSpace(b.charAt(i + 1))) {
                    i++;
                }
                a.append(' ');
                continue;
            }
            a.append(c);
        }
        b.setLength(0);
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            b.append(c);
            if (!isLineTerminator(c) && i + 2 < a.length() && a.charAt(i + 1) == c && a.charAt(i + 2) == c) {
                b.append(c);
                i += 2;
                while (i + 1 < a.length() && a.charAt(i + 1) == c) {
                    i++;
                }
            }
        }
        int start = 0;
        int end = b.length();
        while (start < end && b.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && b.charAt(end - 1) <= ' ') {
            end--;
        }
        a.setLength(0);
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(b, i);
            a.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return a;
    }

    /**
     * The class {@code [\\uD83C-\\uDBFF\\uDC00-\\uDFFF]} of OpenNLP's emoji normaliser: Java's regex parser joins
     * the escaped surrogate pair in the middle into one code point, so the class is the range U+D83C..U+10FC00,
     * a literal '-' and U+DFFF.
     */
    private static boolean isEmojiClass(int cp) {
        return cp == '-' || cp >= 0xD83C && cp <= 0x10FC00;
    }

    /** URLs, e-mail, hashtags and mentions, "rt" markers, laughter: OpenNLP's regexes decide. */
    static boolean needsRareNormalisers(CharSequence t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '@' || c == '#') {
                return true;
            }
            if (c == ':' && i + 2 < t.length() && t.charAt(i + 1) == '/' && t.charAt(i + 2) == '/') {
                return true;
            }
            if (c == 'r' && i + 2 < t.length() && t.charAt(i + 1) == 't'
                    && (t.charAt(i + 2) == ' ' || t.charAt(i + 2) == ':' || isEmojiClass(t.charAt(i + 2))
                    || Character.isSurrogate(t.charAt(i + 2))) && (i == 0 || !isRegexWord(t.charAt(i - 1)))) {
                return true;
            }
            if ((c == 'h' || c == 'j') && i + 2 < t.length() && isLaughVowel(t.charAt(i + 1))
                    && (t.charAt(i + 2) == 'h' || t.charAt(i + 2) == 'j')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLaughVowel(char c) {
        return c == 'a' || c == 'i' || c == 'e' || c == 'o' || c == 'u';
    }

    /** {@code \w} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isFaceMouth(char c) {
        return c == '(' || c == ')' || c == 'd' || c == 'o' || c == 'p';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** What {@code .} does not match without DOTALL. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static final class Scratch {
        final double[] sums;
        final StringBuilder a = new StringBuilder(512);
        final StringBuilder b = new StringBuilder(512);
        /** Open-addressing set of n-gram keys seen in this call; generation-stamped to clear in O(1). */
        long[] seen = new long[2048];
        int[] stamp = new int[2048];
        int generation;

        char[] chars = new char[512];
        int[] rows = new int[256];
        int rowCount;

        static int[] push(int[] a, int at, int value) {
            int[] b = at == a.length ? java.util.Arrays.copyOf(a, a.length * 2) : a;
            b[at] = value;
            return b;
        }

        char[] chars(int length) {
            if (chars.length < length) {
                chars = new char[Math.max(length, 2 * chars.length)];
            }
            return chars;
        }

        Scratch(int outcomes) {
            this.sums = new double[outcomes];
        }

        /** Starts a new call that will add at most {@code keys} keys (the set stays at most a quarter full). */
        void clearSeen(int keys) {
            if (keys * 4 > seen.length) {
                int size = Integer.highestOneBit(keys * 4) << 1;
                seen = new long[size];
                stamp = new int[size];
                generation = 0;
            }
            generation++;
            if (generation == Integer.MAX_VALUE) {
                java.util.Arrays.fill(stamp, 0);
                generation = 1;
            }
        }

        boolean firstTime(long key) {
            int m = seen.length - 1;
            int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & m;
            while (stamp[slot] == generation) {
                if (seen[slot] == key) {
                    return false;
                }
                slot = slot + 1 & m;
            }
            seen[slot] = key;
            stamp[slot] = generation;
            return true;
        }
    }
}
