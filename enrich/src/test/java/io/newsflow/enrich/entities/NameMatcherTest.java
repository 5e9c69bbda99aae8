package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    @Test
    void shouldGiveOneSkeletonWhenTransliterationEndingsDiffer() {
        assertThat(NameMatcher.skeleton("Zelensky")).isEqualTo(NameMatcher.skeleton("Zelenskyy"))
                .isEqualTo(NameMatcher.skeleton("Zelenskiy")).isEqualTo(NameMatcher.skeleton("Zelenskyi"));
        assertThat(NameMatcher.skeleton("Orbán")).isEqualTo(NameMatcher.skeleton("Orban"));
    }

    @Test
    void shouldMatchWordsWhenOneEditApartAndLong() {
        assertThat(NameMatcher.sameWord("Volodymr", "Volodymyr")).isTrue();
        assertThat(NameMatcher.sameWord("Ivan", "Iran")).isFalse();
        assertThat(NameMatcher.sameWord("Petrenko", "Sydorenko")).isFalse();
    }

    @Test
    void shouldMatchFullNamesWhenInitialStandsForFirstName() {
        assertThat(NameMatcher.sameFullName(List.of("J.", "Smithers"), List.of("John", "Smithers"))).isTrue();
        assertThat(NameMatcher.sameFullName(List.of("Anna", "Smithers"), List.of("John", "Smithers"))).isFalse();
    }

    @Test
    void shouldAgreeWithTheEditDistanceWhenTestingWithinALimit() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20000; round++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
            for (int limit = 0; limit <= 3; limit++) {
                assertThat(NameMatcher.withinEdits(a, 0, b, 0, limit)).as("%s %s %d", a, b, limit)
                        .isEqualTo(NameMatcher.editDistance(a, b, limit) <= limit);
            }
        }
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(10);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(4)));
        }
        return b.toString();
    }

    private static String mutate(String a, java.util.Random random) {
        StringBuilder b = new StringBuilder(a);
        int edits = random.nextInt(4);
        for (int k = 0; k < edits; k++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(3)) {
                case 0 -> b.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> {
                    if (b.length() > 0) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (b.length() > 0) {
                        b.setCharAt(at, (char) ('a' + random.nextInt(4)));
                    }
                }
            }
        }
        return b.toString();
    }

    @Test
    void shouldStopEarlyWhenEditDistanceExceedsLimit() {
        assertThat(NameMatcher.editDistance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(NameMatcher.editDistance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
    }
}
