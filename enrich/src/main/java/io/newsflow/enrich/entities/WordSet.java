package io.newsflow.enrich.entities;

import java.util.Collection;
import java.util.List;

/** A word list from resources, lower-case. */
final class WordSet {

    private final LowerTable<Boolean> table = new LowerTable<>();
    private final List<String> words;

    WordSet(Collection<String> lowerCaseWords) {
        this.words = List.copyOf(lowerCaseWords);
        for (String w : lowerCaseWords) {
            table.put(w, Boolean.TRUE);
        }
    }

    /** The words, lower-case. */
    List<String> words() {
        return words;
    }

    /** True when the list holds {@code word.toLowerCase(Locale.ROOT)}; an ASCII word is not copied to lower case. */
    boolean containsLowerCaseOf(String word) {
        long h = io.newsflow.enrich.text.AnalysedText.FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128) {
                return contains(word.toLowerCase(java.util.Locale.ROOT));
            }
            h = (h ^ (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)) * io.newsflow.enrich.text.AnalysedText.FNV_PRIME;
        }
        return table.getLowerAscii(h, word) != null;
    }

    /** True when the list holds this lower-case word. */
    boolean contains(String lowerCase) {
        return table.contains(lowerCase);
    }
}
