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
    void shouldStopEarlyWhenEditDistanceExceedsLimit() {
        assertThat(NameMatcher.editDistance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(NameMatcher.editDistance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
    }
}
