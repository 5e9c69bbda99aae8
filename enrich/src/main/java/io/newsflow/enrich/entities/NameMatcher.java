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
        return sameSkeleton(skeleton(a), skeleton(b));
    }

    /** {@link #sameWord} on the words' skeletons. */
    static boolean sameSkeleton(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        int len = Math.min(x.length(), y.length());
        if (len < ONE_EDIT_MIN_LENGTH || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        int limit = len >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
        return Math.abs(x.length() - y.length()) <= limit && withinEdits(x, 0, y, 0, limit);
    }

    /**
     * Two full names (two words or more) match when their last words match and their first words match, or one of
     * the first words is an initial of the other.
     */
    static boolean sameFullName(List<String> a, List<String> b) {
        return sameFullName(new PersonName(a), new PersonName(b));
    }

    /** {@link #sameFullName(List, List)} on names whose skeletons are remembered. */
    static boolean sameFullName(PersonName a, PersonName b) {
        if (!sameSkeleton(a.lastSkeleton, b.lastSkeleton)) {
            return false;
        }
        if (a.firstIsInitial || b.firstIsInitial) {
            return Character.toLowerCase(a.first.charAt(0)) == Character.toLowerCase(b.first.charAt(0));
        }
        return sameSkeleton(a.firstSkeleton(), b.firstSkeleton());
    }

    /** A single word (a surname) refers to the full name when it matches its last word. */
    static boolean surnameOf(String single, List<String> full) {
        return sameWord(single, full.get(full.size() - 1));
    }

    /**
     * True when the Levenshtein distance of {@code a[i..]} and {@code b[j..]} is at most {@code limit}: equal
     * leading chars are always matched (that never costs an edit), then each of substitution, deletion and
     * insertion is tried with one edit less. The same answer as {@code editDistance(a, b, limit) <= limit}, without
     * a table, for the small limits used here.
     */
    static boolean withinEdits(String a, int i, String b, int j, int limit) {
        while (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
            i++;
            j++;
        }
        if (i == a.length() || j == b.length()) {
            return (a.length() - i) + (b.length() - j) <= limit;
        }
        return limit > 0 && (withinEdits(a, i + 1, b, j + 1, limit - 1) || withinEdits(a, i + 1, b, j, limit - 1)
                || withinEdits(a, i, b, j + 1, limit - 1));
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
