package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' metrics (see ../shared/datasets/README.md). Public for the quality gates in other test packages
 * (the held-out corpus gate in io.newsflow.enrich).
 */
public final class TextMetrics {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    /** Zyte benchmark shingle size. */
    static final int SHINGLE = 4;

    private TextMetrics() { }

    /** Precision, recall and F1 of one page. */
    public record Prf(double precision, double recall, double f1) { }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Set<List<String>> shingles(String text) {
        List<String> t = tokens(text);
        Set<List<String>> out = new HashSet<>();
        if (t.isEmpty()) {
            return out;
        }
        // texts shorter than a shingle form one shorter shingle, as in the benchmark's own code
        for (int i = 0; i < Math.max(1, t.size() - SHINGLE + 1); i++) {
            out.add(List.copyOf(t.subList(i, Math.min(t.size(), i + SHINGLE))));
        }
        return out;
    }

    /** Zyte: sets of lower-cased \w+ 4-gram shingles; empty/empty = 1, one empty = 0. */
    public static Prf shingleScore(String predicted, String truth) {
        Set<List<String>> p = shingles(predicted);
        Set<List<String>> t = shingles(truth);
        if (p.isEmpty() && t.isEmpty()) {
            return new Prf(1, 1, 1);
        }
        if (p.isEmpty() || t.isEmpty()) {
            return new Prf(p.isEmpty() ? 1 : 0, t.isEmpty() ? 1 : 0, 0);
        }
        int common = 0;
        for (List<String> s : p) {
            if (t.contains(s)) {
                common++;
            }
        }
        return prf(common, p.size(), t.size());
    }

    /** WCXB: bag-of-words (multiset) F1 over lower-cased words; empty/empty = 1, one empty = 0. */
    static Prf wordScore(String predicted, String truth) {
        Map<String, Integer> p = counts(tokens(predicted));
        Map<String, Integer> t = counts(tokens(truth));
        int pn = p.values().stream().mapToInt(Integer::intValue).sum();
        int tn = t.values().stream().mapToInt(Integer::intValue).sum();
        if (pn == 0 && tn == 0) {
            return new Prf(1, 1, 1);
        }
        if (pn == 0 || tn == 0) {
            return new Prf(pn == 0 ? 1 : 0, tn == 0 ? 1 : 0, 0);
        }
        int common = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            common += Math.min(e.getValue(), t.getOrDefault(e.getKey(), 0));
        }
        return prf(common, pn, tn);
    }

    private static Prf prf(int common, int predicted, int truth) {
        double precision = (double) common / predicted;
        double recall = (double) common / truth;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Prf(precision, recall, f1);
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> m = new HashMap<>();
        for (String s : tokens) {
            m.merge(s, 1, Integer::sum);
        }
        return m;
    }
}
