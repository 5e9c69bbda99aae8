package io.newsflow.enrich.entities;

import java.util.List;

/**
 * Decides whether two spellings name the same person. Each word is reduced to a skeleton (diacritics and case
 * folded, hyphens and apostrophes dropped, the transliteration endings -iy/-yy/-yi/-ij/-ii unified to -i, doubled
 * letters collapsed), then skeletons are equal or within a small edit distance on long words. So Zelensky,
 * Zelenskyy and Zelenskiy share one skeleton, and the misspelt Volodymr is one edit from Volodymyr.
 */
final class NameMatcher {

    /** Skeletons at least this long may differ by one edit: shorter names differ too easily (Ivan/Iran). */
    static final int ONE_EDIT_MIN_LENGTH = 5;
    /** Skeletons at least this long may differ by two edits (Aleksandr/Alexander style transliterations). */
    static final int TWO_EDITS_MIN_LENGTH = 8;

    private NameMatcher() {
    }

    /** Skeletons already computed: names repeat across articles. Cleared when full, to bound memory. */
    private static final java.util.Map<String, String> SKELETONS = new java.util.concurrent.ConcurrentHashMap<>();
    /** Entries kept before the skeleton memo is cleared. */
    static final int SKELETON_MEMO_LIMIT = 100_000;

    static String skeleton(String word) {
        String known = SKELETONS.get(word);
        if (known != null) {
            return known;
        }
        String s = computeSkeleton(word);
        if (SKELETONS.size() >= SKELETON_MEMO_LIMIT) {
            SKELETONS.clear();
        }
        SKELETONS.put(word, s);
        return s;
    }

    private static String computeSkeleton(String word) {
        String f = EntityLexicon.fold(word);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        String s = b.toString();
        for (String ending : new String[] {"iy", "yy", "yi", "ij", "ii"}) {
            if (s.length() > ending.length() + 2 && s.endsWith(ending)) {
                s = s.substring(0, s.length() - ending.length()) + "i";
                break;
            }
        }
        if (s.length() > 3 && s.endsWith("y")) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        StringBuilder c = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                c.append(s.charAt(i));
            }
        }
        return c.toString();
    }

    /** Same word up to transliteration and small misspellings. */
    static boolean sameWord(String a, String b) {
        String x = skeleton(a);
        String y = skeleton(b);
        if (x.equals(y)) {
            return true;
        }
        int len = Math.min(x.length(), y.length());
        if (len < ONE_EDIT_MIN_LENGTH || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        int limit = len >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
        return Math.abs(x.length() - y.length()) <= limit && editDistance(x, y, limit) <= limit;
    }

    /**
     * Two full names (two words or more) match when their last words match and their first words match, or one of
     * the first words is an initial of the other.
     */
    static boolean sameFullName(List<String> a, List<String> b) {
        if (!sameWord(a.get(a.size() - 1), b.get(b.size() - 1))) {
            return false;
        }
        String fa = a.get(0);
        String fb = b.get(0);
        if (isInitial(fa) || isInitial(fb)) {
            return Character.toLowerCase(fa.charAt(0)) == Character.toLowerCase(fb.charAt(0));
        }
        return sameWord(fa, fb);
    }

    /** A single word (a surname) refers to the full name when it matches its last word. */
    static boolean surnameOf(String single, List<String> full) {
        return sameWord(single, full.get(full.size() - 1));
    }

    private static boolean isInitial(String w) {
        return w.length() == 1 || (w.length() == 2 && w.charAt(1) == '.');
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it must exceed {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
