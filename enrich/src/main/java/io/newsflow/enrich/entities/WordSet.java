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

    /** True when the list holds this lower-case word. */
    boolean contains(String lowerCase) {
        return table.contains(lowerCase);
    }
}
