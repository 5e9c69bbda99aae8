package io.newsflow.enrich.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Throwaway: which of our own terms push misclassified evaluation articles to the wrong top-level topic. */
public class BbcErrorsTool {
    public static void main(String[] args) throws Exception {
        TopicTagger t = TopicTagger.withDefaults();
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Double>> wrong = new HashMap<>();
        Map<String, Map<String, Double>> missing = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            JsonNode a = json.readTree(line);
            String expected = a.get("iptc_top_level_approx").asText();
            List<String> body = new ArrayList<>();
            for (String p : a.get("body").asText().split("\\n")) {
                if (!p.isBlank()) body.add(p.strip());
            }
            String title = a.path("title").asText(null);
            String pred = TopicQualityTest.topLevel(t, title, body);
            if (expected.equals(pred) || pred == null) continue;
            String pair = a.get("category").asText() + "->" + pred;
            t.contributions(title, body, pred).forEach((k, v) -> wrong.computeIfAbsent(pair, x -> new HashMap<>()).merge(k, v, Double::sum));
        }
        wrong.forEach((pair, m) -> {
            StringBuilder b = new StringBuilder(pair + ": ");
            m.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(25)
                    .forEach(e -> b.append(e.getKey()).append(String.format("=%.0f ", e.getValue())));
            System.out.println(b);
        });
    }
}
