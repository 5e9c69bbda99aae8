package io.newsflow.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.schemas.AvroTrust;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.RecordRef;
import io.newsflow.schemas.avro.Subject;

/** Builds EnrichedArticle records for tests: seed-like ones from the gold reading, and plain ones. */
final class TestArticles {

    static {
        AvroTrust.install(); // builders fill defaults of nested record arrays by class name
    }

    static final String RAW_TOPIC = "news.articles.raw";
    /** Labels of the IPTC Media Topics the gold requires (facts from the IPTC vocabulary). */
    private static final Map<String, String> LABELS = Map.of(
            "medtop:16000000", "conflict, war and peace",
            "medtop:11000000", "politics",
            "medtop:20000076", "peace talks",
            "medtop:20000642", "economic sanction",
            "medtop:20000080", "prisoners of war",
            "medtop:20000056", "armed conflict",
            "medtop:20000640", "summit meetings");

    private TestArticles() {
    }

    /** A plain article with one subject and one person. */
    static EnrichedArticle article(String id, Instant enrichedAt, long rawOffset, String headline,
                                   List<String> body) {
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setHeadline(headline)
                .setAuthors(List.of("Test Author"))
                .setSection("World")
                .setPublisher("Test Publisher")
                .setLanguage("en")
                .setLanguageConfidence(0.99)
                .setDatePublished(enrichedAt.minusSeconds(3600))
                .setUrl("https://example.org/" + id)
                .setBody(body)
                .setWordCount(body.stream().mapToInt(p -> p.split("\\s+").length).sum())
                .setSubjects(List.of(new Subject("medtop:11000000", "politics", 0.9)))
                .setPeople(List.of(new Entity("Jane Doe", List.of("Jane Doe", "Doe"), 2)))
                .setContentHash(sha256(String.join("\n", body)))
                .setSimhash(body.hashCode())
                .setExtractionVersion("test-1")
                .setEnrichedAt(enrichedAt)
                .setRaw(new RecordRef(RAW_TOPIC, 0, rawOffset))
                .build();
    }

    /** The five seed articles as enrich would emit them, built from the gold reading. */
    static List<EnrichedArticle> seeds(Instant enrichedAt) {
        JsonNode gold = gold().get("articles");
        List<EnrichedArticle> out = new ArrayList<>();
        long offset = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); offset++) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode a = e.getValue();
            String id = e.getKey().replaceFirst("\\.txt$", "");
            List<String> body = strings(a.get("body"));
            String title = text(a, "title");
            List<Subject> subjects = new ArrayList<>();
            double confidence = 0.95;
            for (String qcode : strings(a.at("/topics/required"))) {
                subjects.add(new Subject(qcode, LABELS.getOrDefault(qcode, qcode), confidence));
                confidence -= 0.05;
            }
            String author = text(a, "author");
            out.add(EnrichedArticle.newBuilder()
                    .setId(id)
                    .setHeadline(title != null ? title : body.get(0).split("(?<=[.!?])\\s")[0])
                    .setHeadlineDerived(title == null)
                    .setAuthors(author == null ? List.of() : List.of(author))
                    .setSection(text(a, "section"))
                    .setPublisher(text(a, "publisher"))
                    .setLanguage("en")
                    .setLanguageConfidence(0.99)
                    .setDatePublished(enrichedAt.minusSeconds(86_400L * (5 - offset)))
                    .setBody(body)
                    .setWordCount(body.stream().mapToInt(p -> p.split("\\s+").length).sum())
                    .setSubjects(subjects)
                    .setPeople(entities(a.at("/entities/person"), body))
                    .setPlaces(entities(a.at("/entities/place"), body))
                    .setOrganisations(entities(a.at("/entities/organisation"), body))
                    .setContentHash(sha256(String.join("\n", body)))
                    .setSimhash(String.join("\n", body).hashCode())
                    .setExtractionVersion("test-1")
                    .setEnrichedAt(enrichedAt)
                    .setRaw(new RecordRef(RAW_TOPIC, 0, offset))
                    .build());
        }
        return out;
    }

    /** Total subject and entity rows the seed articles should produce. */
    static int subjectCount(List<EnrichedArticle> articles) {
        return articles.stream().mapToInt(a -> a.getSubjects().size()).sum();
    }

    static int entityCount(List<EnrichedArticle> articles) {
        return articles.stream()
                .mapToInt(a -> a.getPeople().size() + a.getPlaces().size() + a.getOrganisations().size()).sum();
    }

    static List<ArticleEnvelope> envelopes(List<EnrichedArticle> articles) {
        return articles.stream().map(a -> new ArticleEnvelope(a, null)).toList();
    }

    private static List<Entity> entities(JsonNode names, List<String> body) {
        String text = String.join("\n", body);
        List<Entity> out = new ArrayList<>();
        for (String name : strings(names)) {
            int count = Math.max(1, text.split(java.util.regex.Pattern.quote(name), -1).length - 1);
            out.add(new Entity(name, List.of(name), count));
        }
        return out;
    }

    private static JsonNode gold() {
        String prop = System.getProperty("newsflow.gold");
        List<Path> candidates = new ArrayList<>();
        if (prop != null) {
            candidates.add(Path.of(prop));
        }
        candidates.add(Path.of("../../shared/seeds-gold.json"));
        candidates.add(Path.of("../shared/seeds-gold.json"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                try {
                    return new ObjectMapper().readTree(Files.readString(p, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("seeds-gold.json not found (system property newsflow.gold, tried "
                + candidates + ")");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
