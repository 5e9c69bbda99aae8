package io.newsflow.enrich.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold reading of the seed articles (system property {@code newsflow.gold}, else ../shared/seeds-gold.json
 * relative to the module) and the evaluation datasets folder (system property {@code newsflow.datasets}).
 */
public final class TaggingGold {

    /** One seed article's gold: body paragraphs, topics and entities. */
    public record Seed(String file, String title, List<String> body, List<String> requiredTopics,
                       List<String> acceptableTopics, Map<String, List<String>> entities) {
    }

    private TaggingGold() {
    }

    public static Path goldFile() {
        String prop = System.getProperty("newsflow.gold");
        if (prop != null && !prop.isBlank() && Files.exists(Path.of(prop))) {
            return Path.of(prop);
        }
        return Path.of("..", "..", "shared", "seeds-gold.json");
    }

    /** The datasets folder; it may not exist. */
    public static Path datasets() {
        String prop = System.getProperty("newsflow.datasets");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of("..", "..", "shared", "datasets");
    }

    public static boolean requireDatasets() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The seeds' gold reading. When the file is absent the calling test is skipped (JUnit assumption), except under
     * CI=true, where it fails.
     */
    public static List<Seed> seeds() {
        Path gold = goldFile();
        if (requireDatasets()) {
            org.junit.jupiter.api.Assertions.assertTrue(Files.exists(gold), "CI=true requires the gold file " + gold);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold),
                "seed gold not found at " + gold.toAbsolutePath() + ": seed test skipped");
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(gold));
            List<Seed> seeds = new ArrayList<>();
            root.get("articles").fields().forEachRemaining(e -> {
                JsonNode a = e.getValue();
                Map<String, List<String>> entities = new LinkedHashMap<>();
                a.path("entities").fields().forEachRemaining(t -> entities.put(t.getKey(), strings(t.getValue())));
                seeds.add(new Seed(e.getKey(), a.path("title").isTextual() ? a.get("title").asText() : null,
                        strings(a.get("body")), strings(a.path("topics").path("required")),
                        strings(a.path("topics").path("acceptable")), entities));
            });
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
