package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void shouldScoreOneWhenPredictionEqualsTruthUpToCaseAndPunctuation() {
        assertThat(TextMetrics.shingleScore("The cat sat on the mat.", "the CAT sat, on the mat").f1()).isEqualTo(1.0);
        assertThat(TextMetrics.wordScore("The cat sat.", "the cat SAT").f1()).isEqualTo(1.0);
    }

    @Test
    void shouldScoreOneWhenBothEmptyAndZeroWhenOnlyOneIs() {
        assertThat(TextMetrics.shingleScore("", " ... ").f1()).isEqualTo(1.0);
        assertThat(TextMetrics.shingleScore("", "some words here").f1()).isZero();
        assertThat(TextMetrics.shingleScore("some words here", "").f1()).isZero();
        assertThat(TextMetrics.wordScore("", "").f1()).isEqualTo(1.0);
        assertThat(TextMetrics.wordScore("word", "").f1()).isZero();
    }

    @Test
    void shouldCountFourGramShinglesWhenPredictionHasExtraText() {
        // truth: a b c d e -> {abcd, bcde}; prediction adds "f": {abcd, bcde, cdef}
        TextMetrics.Prf s = TextMetrics.shingleScore("a b c d e f", "a b c d e");
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void shouldUseSetsOfShinglesWhenTextRepeats() {
        // a repeated paragraph adds no new shingles except the seam
        TextMetrics.Prf s = TextMetrics.shingleScore("a b c d a b c d", "a b c d");
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo(1.0 / 4, within(1e-9));
    }

    @Test
    void shouldFormOneShortShingleWhenTextHasFewerThanFourWords() {
        assertThat(TextMetrics.shingles("two words")).hasSize(1);
        assertThat(TextMetrics.shingleScore("two words", "two words").f1()).isEqualTo(1.0);
    }

    @Test
    void shouldCountWordMultiplicityWhenScoringBagOfWords() {
        // prediction "a a b" vs truth "a b b": common = min(2,1) + min(1,2) = 2 -> P = R = 2/3
        TextMetrics.Prf s = TextMetrics.wordScore("a a b", "a b b");
        assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    }
}
