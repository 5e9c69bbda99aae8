package io.newsflow.enrich.entities;

import java.util.List;

/**
 * A person's name as words, with the {@link NameMatcher#skeleton skeletons} of its first and last word computed
 * once: the resolver compares each name with many others.
 */
final class PersonName {

    final List<String> words;
    final String first;
    final boolean firstIsInitial;
    final String lastSkeleton;
    private String firstSkeleton;

    PersonName(List<String> words) {
        this.words = words;
        this.first = words.get(0);
        this.firstIsInitial = first.length() == 1 || (first.length() == 2 && first.charAt(1) == '.');
        this.lastSkeleton = NameMatcher.skeleton(words.get(words.size() - 1));
    }

    int size() {
        return words.size();
    }

    String firstSkeleton() {
        if (firstSkeleton == null) {
            firstSkeleton = words.size() == 1 ? lastSkeleton : NameMatcher.skeleton(first);
        }
        return firstSkeleton;
    }
}
