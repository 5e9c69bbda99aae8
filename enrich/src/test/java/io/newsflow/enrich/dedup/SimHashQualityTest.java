package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.gold.TaggingGold;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * False-positive gate for the near-duplicate threshold on BBC News dev (evaluation only, read in place): pairs of
 * articles within {@link SimHash#DEFAULT_HAMMING_THRESHOLD} bits. The set holds a few copies of the same story, so
 * the ceiling in tagging-baseline.json is what was measured, not zero.
 */
class SimHashQualityTest {

    @Test
    void shouldLinkAlmostNoPairsWhenComparingDistinctBbcArticles() throws IOException {
        Path file = TaggingGold.datasets().resolve("bbc-news-dev").resolve("bbc-dev.jsonl");
        if (TaggingGold.requireDatasets()) {
            assertThat(file).as("CI=true requires the evaluation datasets").exists();
        }
        assumeTrue(Files.exists(file), "BBC dev set not found at " + file.toAbsolutePath() + ": gate skipped");
        ObjectMapper json = new ObjectMapper();
        List<Long> hashes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            hashes.add(SimHash.of(List.of(json.readTree(line).get("body").asText().split("\\n"))));
        }
        long pairs = 0;
        long within = 0;
        for (int i = 0; i < hashes.size(); i++) {
            for (int j = i + 1; j < hashes.size(); j++) {
                pairs++;
                if (SimHash.nearDuplicate(hashes.get(i), hashes.get(j))) {
                    within++;
                }
            }
        }
        System.out.printf("BBC dev pairs within %d bits: %d of %d%n", SimHash.DEFAULT_HAMMING_THRESHOLD, within, pairs);
        try (InputStream in = SimHashQualityTest.class.getResourceAsStream("/tagging-baseline.json")) {
            long ceiling = json.readTree(in).get("bbcSimhashPairsWithinThresholdMax").asLong();
            assertThat(within).isLessThanOrEqualTo(ceiling);
        }
    }
}
