package io.newsflow.enrich.topics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newsflow.enrich.text.AnalysedText;
import io.newsflow.enrich.text.Chars;
import io.newsflow.enrich.text.ShortWords;

/**
 * Tags an article with IPTC Media Topics. Pure and thread-safe; the taxonomy is stemmed and indexed once, at
 * construction.
 *
 * <p>Scoring: every occurrence of a topic's term counts {@link #HEADLINE_WEIGHT} in the headline,
 * {@link #LEAD_WEIGHT} in the first body paragraph and 1 elsewhere; a term contributes
 * {@code weight * (1 + ln(count))}, so repetition saturates. A topic's score adds the terms of its whole subtree
 * (the evidence for "peace talks" is evidence for "conflict, war and peace"), each distinct term once, with the
 * largest weight it has in the subtree, so a word listed under several subtopics does not inflate their common
 * ancestor; confidence is
 * {@code 1 - exp(-score / CONFIDENCE_SCALE)}. Then the {@link SubjectSelection} rules pick the subjects.
 */
public final class TopicTagger {

    /** A headline word says more about the subject than a body word: editors write headlines to say what it is about. */
    public static final double HEADLINE_WEIGHT = 3.0;
    /** The first paragraph (the lead) summarises the story, so it counts a little more than the rest. */
    public static final double LEAD_WEIGHT = 1.5;
    /** Score at which confidence reaches 1 - 1/e (0.63): about five strong (weight 4) terms, or fewer repeated. */
    public static final double CONFIDENCE_SCALE = 20.0;
    /** A one-word term must keep at least this many characters after analysis; shorter stems match noise. */
    static final int MIN_SINGLE_STEM_LENGTH = 2;
    /** Distinct words remembered per thread before the memo is cleared: bounds memory on an endless stream. */
    static final int WORD_MEMO_LIMIT = 200_000;
    /** A short word without stems (a stop word), in the memo. */
    private static final int NO_STEM = Integer.MIN_VALUE;
    /** A short word not in the memo yet (no stem id or encoded value is this). */
    private static final int UNSEEN = Integer.MIN_VALUE + 1;

    private final Taxonomy taxonomy;
    private final SubjectSelection selection;
    private final String[] codes;
    private final String[] names;
    private final int[] parent;
    /** Per topic: its top-level ancestor (itself for a top-level topic). */
    private final int[] topLevel;
    private final Map<String, Integer> stemIds = new HashMap<>();
    /** For each stem id: the one-word keys it is, or -1. */
    private final int[] singleKey;
    /** For each stem id: the phrase keys starting with it, and their stems. */
    private final int[][] phraseKeys;
    private final int[][][] phraseStems;
    /** For each key (a distinct stemmed term): topics that list it, with their weight. */
    private final int[][] ownTopics;
    private final double[][] ownWeights;
    /** For each key: every topic whose subtree lists it, with the largest weight found in that subtree. */
    private final int[][] subtreeTopics;
    private final double[][] subtreeWeights;
    private final int keys;
    private final ThreadLocal<Memo> memos = ThreadLocal.withInitial(Memo::new);
    private final List<String> skipped = new ArrayList<>();

    private TopicTagger(Taxonomy taxonomy, SubjectSelection selection) {
        this.taxonomy = taxonomy;
        this.selection = selection;
        List<Taxonomy.Topic> topics = new ArrayList<>(taxonomy.topics());
        int n = topics.size();
        codes = new String[n];
        names = new String[n];
        parent = new int[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            codes[i] = topics.get(i).qcode();
            names[i] = topics.get(i).name();
            index.put(codes[i], i);
        }
        for (int i = 0; i < n; i++) {
            String b = topics.get(i).broader();
            parent[i] = b == null ? -1 : index.get(b);
        }
        topLevel = new int[n];
        for (int i = 0; i < n; i++) {
            int t = i;
            while (parent[t] >= 0) {
                t = parent[t];
            }
            topLevel[i] = t;
        }
        Map<String, Integer> keyIds = new HashMap<>();
        List<int[]> keyStems = new ArrayList<>();
        List<Map<Integer, Double>> own = new ArrayList<>();
        List<Map<Integer, Double>> subtree = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Taxonomy.Term term : topics.get(i).terms()) {
                List<Integer> ids = new ArrayList<>();
                for (String stem : Stemmer.stems(term.text())) {
                    ids.add(stemIds.computeIfAbsent(stem, k -> stemIds.size()));
                }
                if (ids.isEmpty() || ids.size() == 1 && (shortStem(term.text()) || term.text().strip().contains(" "))) {
                    // Only stop words; a one-letter stem ("A&E" analyses to "e"); or a phrase that lost all but one
                    // word to the stop list ("IT services" becomes "servic"): each would match far more than meant.
                    skipped.add(codes[i] + " " + term.text());
                    continue;
                }
                String key = ids.toString();
                Integer k = keyIds.get(key);
                if (k == null) {
                    k = keyIds.size();
                    keyIds.put(key, k);
                    keyStems.add(ids.stream().mapToInt(Integer::intValue).toArray());
                    own.add(new HashMap<>());
                    subtree.add(new HashMap<>());
                }
                own.get(k).merge(i, term.weight(), Math::max);
                for (int t = i; t >= 0; t = parent[t]) {
                    subtree.get(k).merge(t, term.weight(), Math::max);
                }
            }
        }
        keys = keyIds.size();
        int stems = stemIds.size();
        singleKey = new int[stems];
        Arrays.fill(singleKey, -1);
        Map<Integer, List<Integer>> phrasesByFirst = new HashMap<>();
        for (int k = 0; k < keys; k++) {
            int[] st = keyStems.get(k);
            if (st.length == 1) {
                singleKey[st[0]] = k;
            } else {
                phrasesByFirst.computeIfAbsent(st[0], x -> new ArrayList<>()).add(k);
            }
        }
        phraseKeys = new int[stems][];
        phraseStems = new int[stems][][];
        phrasesByFirst.forEach((first, list) -> {
            phraseKeys[first] = list.stream().mapToInt(Integer::intValue).toArray();
            phraseStems[first] = list.stream().map(keyStems::get).toArray(int[][]::new);
        });
        ownTopics = new int[keys][];
        ownWeights = new double[keys][];
        subtreeTopics = new int[keys][];
        subtreeWeights = new double[keys][];
        for (int k = 0; k < keys; k++) {
            ownTopics[k] = own.get(k).keySet().stream().mapToInt(Integer::intValue).toArray();
            ownWeights[k] = Arrays.stream(ownTopics[k]).mapToDouble(own.get(k)::get).toArray();
            subtreeTopics[k] = subtree.get(k).keySet().stream().mapToInt(Integer::intValue).toArray();
            subtreeWeights[k] = Arrays.stream(subtreeTopics[k]).mapToDouble(subtree.get(k)::get).toArray();
        }
    }

    /** True when the term's only stem is shorter than {@link #MIN_SINGLE_STEM_LENGTH}. */
    private static boolean shortStem(String term) {
        int longest = 0;
        for (String stem : Stemmer.stems(term)) {
            longest = Math.max(longest, stem.length());
        }
        return longest < MIN_SINGLE_STEM_LENGTH;
    }

    /** The tagger with the bundled taxonomy and selection rules. */
    public static TopicTagger withDefaults() {
        return Defaults.TAGGER;
    }

    private static final class Defaults {
        static final TopicTagger TAGGER = new TopicTagger(Taxonomy.defaults(), SubjectSelection.defaults());
    }

    /** A tagger with an operator's taxonomy instead of the bundled one. */
    public static TopicTagger fromFile(Path taxonomyFile) {
        return new TopicTagger(Taxonomy.fromFile(taxonomyFile), SubjectSelection.defaults());
    }

    /** A tagger with this taxonomy. */
    public static TopicTagger of(Taxonomy taxonomy) {
        return new TopicTagger(taxonomy, SubjectSelection.defaults());
    }

    /** This tagger's taxonomy extended by an operator's file (see {@link Taxonomy#merge}). */
    public TopicTagger merge(Path taxonomyFile) {
        return new TopicTagger(taxonomy.merge(Taxonomy.extensionFromFile(taxonomyFile)), selection);
    }

    /** Terms left out at load time because analysis would make them match far more than written. */
    public List<String> skippedTerms() {
        return List.copyOf(skipped);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Subjects of an article, highest confidence first; empty when nothing is confident enough. */
    public List<SubjectTag> tag(String headline, List<String> body) {
        return tag(AnalysedText.of(headline, body));
    }

    /** Subjects of an analysed headline and body, highest confidence first; empty when nothing is confident enough. */
    public List<SubjectTag> tag(AnalysedText text) {
        return select(score(text, false));
    }

    /** Per-topic confidence (aggregated over subtopics), indexed like the taxonomy's topics; for tests and tools. */
    Scores score(String headline, List<String> body) {
        return score(AnalysedText.of(headline, body), true);
    }

    /** Scores, with each topic's own score too when {@code withOwn} (only {@link #explain} shows it). */
    private Scores score(AnalysedText text, boolean withOwn) {
        Memo memo = memos.get();
        memo.reset();
        String headline = text.headline();
        if (headline != null && !headline.isBlank()) {
            count(text, AnalysedText.HEADLINE, HEADLINE_WEIGHT, memo);
        }
        boolean lead = true;
        for (int z = AnalysedText.HEADLINE + 1; z < text.zones(); z++) {
            String paragraph = text.zoneText(z);
            if (paragraph == null || paragraph.isBlank()) {
                continue;
            }
            count(text, z, lead ? LEAD_WEIGHT : 1.0, memo);
            lead = false;
        }
        double[] own = withOwn ? new double[codes.length] : null;
        double[] aggregated = new double[codes.length];
        boolean[] isScored = new boolean[codes.length];
        int[] scored = new int[codes.length];
        int scoredCount = 0;
        double[] counts = memo.counts;
        IntBuffer touched = memo.touched;
        for (int q = 0; q < touched.size(); q++) {
            int k = touched.array()[q];
            double c = counts[k];
            double saturated = 1.0 + Math.log(Math.max(1.0, c));
            if (withOwn) {
                int[] ot = ownTopics[k];
                double[] ow = ownWeights[k];
                for (int j = 0; j < ot.length; j++) {
                    own[ot[j]] += ow[j] * saturated;
                }
            }
            // A word listed under several subtopics counts once for their common ancestors.
            int[] st = subtreeTopics[k];
            double[] sw = subtreeWeights[k];
            for (int j = 0; j < st.length; j++) {
                int t = st[j];
                aggregated[t] += sw[j] * saturated;
                if (!isScored[t]) {
                    isScored[t] = true;
                    scored[scoredCount++] = t;
                }
            }
        }
        return new Scores(own, aggregated, scored, scoredCount);
    }

    /**
     * Counts the terms of one zone. Its words are the analysed runs, joined across an apostrophe that a letter
     * follows (so "don't" and "Putin's" are one word each, as the analyzer sees them); stop words have no stems, so
     * a phrase matches across them.
     */
    private void count(AnalysedText text, int zone, double zoneWeight, Memo memo) {
        IntBuffer ids = memo.ids;
        ids.clear();
        char[] chars = text.chars();
        int end = text.zoneEndRun(zone);
        for (int r = text.zoneFirstRun(zone); r < end; r++) {
            int from = text.runStart(r);
            int to = text.runEnd(r);
            long h = text.runHash(r);
            long key = text.runKey(r);
            while (r + 1 < end && text.runStart(r + 1) == to + 1 && (chars[to] == '\'' || chars[to] == '\u2019')
                    && Chars.isLetter(chars[to + 1])) {
                h = (h ^ chars[to]) * AnalysedText.FNV_PRIME;
                r++;
                to = text.runEnd(r);
                h = text.hashLower(h, text.runStart(r), to);
                key = ShortWords.key(chars, from, to);
            }
            int value = key != ShortWords.NONE ? memo.shortWords.get(key, UNSEEN) : UNSEEN;
            if (value == UNSEEN) {
                int[] stems = key == ShortWords.NONE ? memo.words.get(h, chars, from, to) : null;
                if (stems == null) {
                    stems = stemIdsOf(new String(chars, from, to - from));
                    memo.remember(key, h, chars, from, to, stems);
                }
                for (int id : stems) {
                    ids.add(id);
                }
            } else if (value >= -1) {
                ids.add(value);
            } else if (value != NO_STEM) {
                for (int id : memo.multi[-value - 2]) {
                    ids.add(id);
                }
            }
        }
        int[] a = ids.array();
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            int id = a[i];
            if (id < 0) {
                continue;
            }
            if (singleKey[id] >= 0) {
                memo.hit(singleKey[id], zoneWeight);
            }
            int[][] phrases = phraseStems[id];
            if (phrases != null) {
                int[] pk = phraseKeys[id];
                for (int k = 0; k < phrases.length; k++) {
                    if (matchesAt(phrases[k], a, n, i)) {
                        memo.hit(pk[k], zoneWeight);
                    }
                }
            }
        }
    }

    /** Stem ids of one word (-1 for a stem no term uses; none for a stop word). */
    private int[] stemIdsOf(String word) {
        List<String> stems = Stemmer.analyse(word);
        int[] out = new int[stems.size()];
        for (int k = 0; k < out.length; k++) {
            Integer id = stemIds.get(stems.get(k));
            out[k] = id == null ? -1 : id;
        }
        return out;
    }

    /**
     * Per-thread state of one scoring: the memo of each word's stem ids, the stem ids of the zone being counted,
     * and the weighted count of each key with the keys touched (only those are reset for the next article).
     */
    private final class Memo {
        /** Words of at most seven ASCII chars, by {@link ShortWords#key}: a stem id, {@link #NO_STEM}, or a list. */
        final ShortWords shortWords = new ShortWords();
        int[][] multi = new int[16][];
        int multiSize;
        /** Longer or non-ASCII words. */
        final WordMemo words = new WordMemo(WORD_MEMO_LIMIT);
        final IntBuffer ids = new IntBuffer();
        final IntBuffer touched = new IntBuffer();
        final double[] counts = new double[keys];

        /** Remembers a word's stem ids; forgets every word first when {@link #WORD_MEMO_LIMIT} are remembered. */
        void remember(long key, long hash, char[] chars, int from, int to, int[] stems) {
            if (shortWords.size() + words.size() >= WORD_MEMO_LIMIT) {
                shortWords.clear();
                multi = new int[16][];
                multiSize = 0;
                words.clear();
            }
            if (key == ShortWords.NONE) {
                words.put(hash, chars, from, to, stems);
            } else if (stems.length <= 1) {
                shortWords.put(key, stems.length == 0 ? NO_STEM : stems[0]);
            } else {
                if (multiSize == multi.length) {
                    multi = Arrays.copyOf(multi, 2 * multiSize);
                }
                multi[multiSize] = stems;
                shortWords.put(key, -2 - multiSize++);
            }
        }

        /** Forgets the previous article's counts (also when it ended with an exception). */
        void reset() {
            for (int q = 0; q < touched.size(); q++) {
                counts[touched.array()[q]] = 0;
            }
            touched.clear();
        }

        void hit(int key, double weight) {
            if (counts[key] == 0) {
                touched.add(key);
            }
            counts[key] += weight;
        }
    }

    private static boolean matchesAt(int[] phrase, int[] ids, int n, int at) {
        if (at + phrase.length > n) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (ids[at + k] != phrase[k]) {
                return false;
            }
        }
        return true;
    }

    /** Raw and aggregated scores per topic index. */
    final class Scores {
        /** Per topic: its own terms' score (null unless explaining), and its subtree's. */
        final double[] own;
        final double[] aggregated;
        /** The topics some term of the text scored (every other topic's score is 0), in no particular order. */
        private final int[] scored;
        private final int scoredCount;

        Scores(double[] own, double[] aggregated, int[] scored, int scoredCount) {
            this.own = own;
            this.aggregated = aggregated;
            this.scored = scored;
            this.scoredCount = scoredCount;
        }

        /** How many topics some term scored. */
        int scoredCount() {
            return scoredCount;
        }

        /** The {@code q}-th scored topic. */
        int scoredTopic(int q) {
            return scored[q];
        }

        double confidence(int topic) {
            return 1.0 - Math.exp(-aggregated[topic] / CONFIDENCE_SCALE);
        }

        int size() {
            return codes.length;
        }

        int parent(int topic) {
            return parent[topic];
        }

        int topLevel(int topic) {
            return topLevel[topic];
        }

        String code(int topic) {
            return codes[topic];
        }
    }

    /** The best-scored topics with own and aggregated scores and confidence, one a line: for tuning term lists. */
    String explain(String headline, List<String> body, int limit) {
        Scores s = score(headline, body);
        Integer[] order = new Integer[codes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -s.aggregated[i]));
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < Math.min(limit, order.length) && s.aggregated[order[k]] > 0; k++) {
            int i = order[k];
            b.append(String.format(java.util.Locale.ROOT, "%s %-40s own %6.2f agg %6.2f conf %.3f%n", codes[i],
                    names[i], s.own[i], s.aggregated[i], s.confidence(i)));
        }
        return b.toString();
    }

    private List<SubjectTag> select(Scores scores) {
        boolean[] keep = selection.apply(scores);
        List<SubjectTag> out = new ArrayList<>();
        // Only a scored topic can be kept (a subject's ancestors are scored with it).
        for (int q = 0; q < scores.scoredCount(); q++) {
            int i = scores.scoredTopic(q);
            if (keep[i]) {
                out.add(new SubjectTag(codes[i], names[i], round(scores.confidence(i))));
            }
        }
        out.sort(BY_CONFIDENCE_THEN_QCODE);
        return out;
    }

    private static final Comparator<SubjectTag> BY_CONFIDENCE_THEN_QCODE =
            Comparator.comparingDouble(SubjectTag::confidence).reversed().thenComparing(SubjectTag::qcode);

    private static double round(double c) {
        return Math.round(c * 1000.0) / 1000.0;
    }

    /** A growable int array reused within one call. */
    private static final class IntBuffer {
        private int[] a = new int[512];
        private int n;

        void clear() {
            n = 0;
        }

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] array() {
            return a;
        }

        int size() {
            return n;
        }
    }
}
