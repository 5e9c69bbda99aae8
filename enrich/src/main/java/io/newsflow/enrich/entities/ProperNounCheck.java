package io.newsflow.enrich.entities;

import java.util.List;

/**
 * Decides whether a capitalised word at the start of a sentence is a proper noun (there, capitals prove nothing).
 * Called only for unknown words that begin a run of capitalised words.
 */
@FunctionalInterface
interface ProperNounCheck {

    /** True when the word {@code sentence.get(index)} is a proper noun in this sentence (or paragraph). */
    boolean isProperNoun(List<String> sentence, int index);

    /** Without a model: unknown sentence-initial words count as names (function words were already removed). */
    ProperNounCheck CAPITALS_ONLY = (sentence, index) -> true;
}
