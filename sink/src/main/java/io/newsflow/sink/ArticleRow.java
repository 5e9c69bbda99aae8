package io.newsflow.sink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Subject;

/**
 * An enriched article flattened into the columns of {@code articles} and the rows of its child tables. Pure: no
 * database here, so the mapping is tested on its own.
 */
public record ArticleRow(
        String articleId, String contentHash, String extractionVersion, Instant enrichedAt,
        String headline, boolean headlineDerived, String body, String authors, String section, String publisher,
        String language, double languageConfidence, Instant datePublished, Instant dateModified,
        String url, String canonicalUrl, long simhash, String duplicateOf, int wordCount,
        int removedBoilerplateCount, String sourceName, String rawTopic, int rawPartition, long rawOffset,
        String sourceTopic, Integer sourcePartition, Long sourceOffset,
        List<SubjectRow> subjects, List<EntityRow> entities) {

    /** Paragraphs are joined by one blank line, so the body splits back into them unambiguously. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";
    /** Author names are joined for display; a name never holds this separator in practice. */
    public static final String AUTHOR_SEPARATOR = "; ";
    /** Entity surface forms, one per line. */
    public static final String MENTION_SEPARATOR = "\n";

    public static final String PERSON = "person";
    public static final String PLACE = "place";
    public static final String ORGANISATION = "organisation";

    /** One IPTC subject of an article. */
    public record SubjectRow(String qcode, String name, double confidence) {
    }

    /** One entity of an article; {@code type} is person, place or organisation. */
    public record EntityRow(String type, String name, String mentions, int count) {
    }

    public ArticleRow {
        subjects = List.copyOf(subjects);
        entities = List.copyOf(entities);
    }

    public static ArticleRow of(ArticleEnvelope envelope) {
        EnrichedArticle a = envelope.article();
        RecordPosition p = envelope.position();
        return new ArticleRow(
                a.getId(), a.getContentHash(), a.getExtractionVersion(), a.getEnrichedAt(),
                a.getHeadline(), a.getHeadlineDerived(), String.join(PARAGRAPH_SEPARATOR, a.getBody()),
                a.getAuthors().isEmpty() ? null : String.join(AUTHOR_SEPARATOR, a.getAuthors()),
                a.getSection(), a.getPublisher(), a.getLanguage(), a.getLanguageConfidence(),
                a.getDatePublished(), a.getDateModified(), a.getUrl(), a.getCanonicalUrl(), a.getSimhash(),
                a.getDuplicateOf(), a.getWordCount(), a.getRemovedBoilerplateCount(), a.getSourceName(),
                a.getRaw().getTopic(), a.getRaw().getPartition(), a.getRaw().getOffset(),
                p == null ? null : p.topic(), p == null ? null : p.partition(), p == null ? null : p.offset(),
                subjects(a.getSubjects()), entities(a));
    }

    public ArticleVersion version() {
        return new ArticleVersion(enrichedAt, rawOffset);
    }

    /** One row per qcode: a repeated qcode keeps its first (highest-confidence, as enrich sorts them) entry. */
    private static List<SubjectRow> subjects(List<Subject> subjects) {
        Map<String, SubjectRow> byQcode = new LinkedHashMap<>();
        for (Subject s : subjects) {
            byQcode.putIfAbsent(s.getQcode(), new SubjectRow(s.getQcode(), s.getName(), s.getConfidence()));
        }
        return new ArrayList<>(byQcode.values());
    }

    /** One row per (type, name): a repeated entity merges its mentions and adds up its count. */
    private static List<EntityRow> entities(EnrichedArticle a) {
        Map<String, EntityRow> byKey = new LinkedHashMap<>();
        add(byKey, PERSON, a.getPeople());
        add(byKey, PLACE, a.getPlaces());
        add(byKey, ORGANISATION, a.getOrganisations());
        return new ArrayList<>(byKey.values());
    }

    private static void add(Map<String, EntityRow> byKey, String type, List<Entity> entities) {
        for (Entity e : entities) {
            String mentions = String.join(MENTION_SEPARATOR, e.getMentions());
            byKey.merge(type + '\u0000' + e.getName(), new EntityRow(type, e.getName(), mentions, e.getCount()),
                    (old, neu) -> new EntityRow(type, old.name(), mergeMentions(old.mentions(), neu.mentions()),
                            old.count() + neu.count()));
        }
    }

    private static String mergeMentions(String a, String b) {
        List<String> all = new ArrayList<>(List.of(a.split(MENTION_SEPARATOR, -1)));
        for (String m : b.split(MENTION_SEPARATOR, -1)) {
            if (!all.contains(m)) {
                all.add(m);
            }
        }
        all.removeIf(String::isEmpty);
        return String.join(MENTION_SEPARATOR, all);
    }
}
