package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.gold.TaggingGold;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {

    @Test
    void shouldKeepDistinctSeedsBeyondThresholdWhenComparedPairwise() {
        List<Long> hashes = TaggingGold.seeds().stream().map(s -> SimHash.of(s.body())).toList();
        int closest = 64;
        for (int i = 0; i < hashes.size(); i++) {
            for (int j = i + 1; j < hashes.size(); j++) {
                closest = Math.min(closest, SimHash.hamming(hashes.get(i), hashes.get(j)));
            }
        }
        System.out.println("closest pair of distinct seeds: " + closest + " bits");
        assertThat(hashes).hasSize(5);
        assertThat(closest).isGreaterThan(SimHash.DEFAULT_HAMMING_THRESHOLD);
    }

    @Test
    void shouldStayWithinThresholdWhenOneSentenceIsChanged() {
        for (TaggingGold.Seed seed : TaggingGold.seeds()) {
            List<String> edited = new ArrayList<>(seed.body());
            int p = longestParagraph(edited);
            String para = edited.get(p);
            int dot = para.indexOf(". ");
            String rewritten = "Officials gave no further details on Tuesday." + (dot > 0 ? para.substring(dot + 1) : "");
            edited.set(p, rewritten);
            int d = SimHash.hamming(SimHash.of(seed.body()), SimHash.of(edited));
            System.out.println(seed.file() + " sentence changed: " + d + " bits");
            assertThat(d).as(seed.file()).isLessThanOrEqualTo(SimHash.DEFAULT_HAMMING_THRESHOLD);
        }
    }

    @Test
    void shouldStayWithinThresholdWhenOneParagraphIsDroppedAndOneSentenceChanged() {
        for (TaggingGold.Seed seed : TaggingGold.seeds()) {
            List<String> edited = new ArrayList<>(seed.body());
            edited.remove(edited.size() - 2);
            String first = edited.get(0);
            edited.set(0, first.replaceFirst("\\.", ", sources said."));
            int d = SimHash.hamming(SimHash.of(seed.body()), SimHash.of(edited));
            System.out.println(seed.file() + " paragraph dropped + sentence changed: " + d + " bits");
            assertThat(d).as(seed.file()).isLessThanOrEqualTo(SimHash.DEFAULT_HAMMING_THRESHOLD);
        }
    }

    @Test
    void shouldBeIdenticalWhenOnlyWhitespaceCaseAndQuotesDiffer() {
        List<String> a = List.of("Russia\u2019s  \u201Coffer\u201D was rejected.", "Talks resume on Monday.");
        List<String> b = List.of("RUSSIA'S \"offer\" was\n rejected.", "", "Talks resume on Monday.");
        assertThat(SimHash.of(a)).isEqualTo(SimHash.of(b));
    }

    @Test
    void shouldGiveTheSameValueOnEveryJvmWhenTextIsFixed() {
        // Pinned value: a change here means every stored simhash changes meaning (it must not depend on the JVM).
        long h = SimHash.of(List.of("The quick brown fox jumps over the lazy dog."));
        assertThat(SimHash.of(List.of("The quick brown fox jumps over the lazy dog."))).isEqualTo(h);
        assertThat(Long.toHexString(h)).isEqualTo(PINNED_FOX);
    }

    @Test
    void shouldCountDifferingBitsWhenHammingIsComputed() {
        assertThat(SimHash.hamming(0L, 0L)).isZero();
        assertThat(SimHash.hamming(0L, -1L)).isEqualTo(64);
        assertThat(SimHash.hamming(0b1011L, 0b0001L)).isEqualTo(2);
        assertThat(SimHash.nearDuplicate(0L, (1L << SimHash.DEFAULT_HAMMING_THRESHOLD) - 1)).isTrue();
        assertThat(SimHash.nearDuplicate(0L, (1L << (SimHash.DEFAULT_HAMMING_THRESHOLD + 1)) - 1)).isFalse();
    }

    @Test
    void shouldReturnZeroWhenBodyHasNoWords() {
        assertThat(SimHash.of(List.of())).isZero();
        assertThat(SimHash.of(List.of(" ", "--"))).isZero();
    }

    private static final String PINNED_FOX = "2081440116b4101";

    private static int longestParagraph(List<String> body) {
        int best = 0;
        for (int i = 1; i < body.size(); i++) {
            if (body.get(i).length() > body.get(best).length()) {
                best = i;
            }
        }
        return best;
    }
}
