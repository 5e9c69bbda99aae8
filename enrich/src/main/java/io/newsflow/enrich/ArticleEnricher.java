package io.newsflow.enrich;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.enrich.dedup.ContentHash;
import io.newsflow.enrich.dedup.SimHash;
import io.newsflow.enrich.entities.Entities;
import io.newsflow.enrich.entities.EntityFinder;
import io.newsflow.enrich.entities.EntityMention;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.Extraction;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.ExtractionInput;
import io.newsflow.enrich.text.AnalysedText;
import io.newsflow.enrich.topics.SubjectTag;
import io.newsflow.enrich.topics.TopicTagger;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.RecordRef;
import io.newsflow.schemas.avro.Subject;

/**
 * One raw article to one enriched article: extraction, topics, entities and hashes, as a pure function (no Kafka).
 * The near-duplicate link ({@code duplicateOf}) needs history and is set by the topology.
 */
public final class ArticleEnricher implements EnrichFunction {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArticleExtractor extractor;
    private final TopicTagger tagger;
    private final EntityFinder entities;

    public ArticleEnricher(ArticleExtractor extractor, TopicTagger tagger, EntityFinder entities) {
        this.extractor = extractor;
        this.tagger = tagger;
        this.entities = entities;
    }

    public static ArticleEnricher withDefaults() {
        return new ArticleEnricher(ArticleExtractor.withDefaults(), TopicTagger.withDefaults(),
                EntityFinder.withDefaults());
    }

    /**
     * Enriches one raw article.
     *
     * @param raw where the raw record sits, for lineage
     * @throws ExtractionException when the input is not an article (empty, binary, undecodable, malformed)
     */
    @Override
    public EnrichedArticle enrich(RawArticle article, RecordRef raw, Instant now) throws ExtractionException {
        Analysis a = analyse(toInput(article));
        Extraction e = a.extraction();
        List<String> body = e.body();
        String headline = e.headline();
        Entities found = a.entities();
        return EnrichedArticle.newBuilder()
                .setId(article.getId())
                .setHeadline(headline)
                .setHeadlineDerived(e.headlineDerived())
                .setAuthors(e.authors())
                .setSection(e.section())
                .setPublisher(e.publisher())
                .setLanguage(e.language())
                .setLanguageConfidence(e.languageConfidence())
                .setDatePublished(e.datePublished())
                .setDatePublishedSource(e.datePublishedSource())
                .setDateModified(e.dateModified())
                .setDateModifiedSource(e.dateModifiedSource())
                .setUrl(article.getUrl() != null ? article.getUrl() : httpUri(article.getSource().getUri()))
                .setCanonicalUrl(e.canonicalUrl())
                .setBody(body)
                .setWordCount(e.wordCount())
                .setSubjects(a.subjects().stream().map(ArticleEnricher::subject).toList())
                .setPeople(entities(found.people()))
                .setPlaces(entities(found.places()))
                .setOrganisations(entities(found.organisations()))
                .setContentHash(a.contentHash())
                .setSimhash(a.simhash())
                .setDuplicateOf(null)
                .setRemovedBoilerplateCount(e.removed().size())
                .setExtractionVersion(e.extractionVersion())
                .setEnrichedAt(now)
                .setSourceName(article.getSource().getName())
                .setRaw(raw)
                .build();
    }

    /**
     * What the text path finds in one input: the extraction, its topics, its entities and the body's fingerprints
     * ({@link ContentHash}, {@link SimHash}).
     */
    public record Analysis(Extraction extraction, List<SubjectTag> subjects, Entities entities, String contentHash,
                           long simhash) {
    }

    /** The same pure pipeline the topology runs, for one input (the offline {@code extract} command uses it). */
    public Analysis analyse(ExtractionInput input) throws ExtractionException {
        return analyse(extractor.extract(input));
    }

    /** The half after extraction: topics, entities and fingerprints, with the headline and body read once. */
    public Analysis analyse(Extraction e) {
        AnalysedText text = AnalysedText.of(e.headline(), e.body());
        return new Analysis(e, tagger.tag(text), entities.find(text, e.language()),
                ContentHash.sha256Hex(text), SimHash.of(text));
    }

    /** This enricher with an extractor that records every block decision (for {@code --explain}). */
    public ArticleEnricher explaining() {
        return new ArticleEnricher(extractor.explaining(), tagger, entities);
    }

    /** The extraction input for a raw record: HTML, plain text, or the html/body of a JSON Lines record. */
    static ExtractionInput toInput(RawArticle article) throws ExtractionException {
        byte[] bytes = bytes(article.getContent());
        Map<String, String> hints = new HashMap<>(article.getIngest().getHints());
        String type = article.getContentType();
        if ("application/json".equals(type)) {
            JsonNode node;
            try {
                node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            } catch (java.io.IOException ex) {
                throw new ExtractionException(ExtractionException.Reason.MALFORMED, "JSON record: " + ex.getMessage(), ex);
            }
            boolean html = node.path("html").isTextual();
            String content = html ? node.path("html").asText() : node.path("body").asText("");
            return ExtractionInput.builder().text(content)
                    .format(html ? ExtractionInput.Format.HTML : ExtractionInput.Format.TEXT)
                    .strip(true).url(article.getUrl()).hints(hints).build();
        }
        Charset charset = charset(article.getCharset());
        return ExtractionInput.builder().content(bytes).charset(charset == null ? null : charset.name())
                .format("text/html".equals(type) ? ExtractionInput.Format.HTML
                        : "text/plain".equals(type) ? ExtractionInput.Format.TEXT : ExtractionInput.Format.AUTO)
                .strip(true).url(article.getUrl()).hints(hints).build();
    }

    private static Subject subject(SubjectTag t) {
        return new Subject(t.qcode(), t.name(), t.confidence());
    }

    private static List<Entity> entities(List<EntityMention> mentions) {
        return mentions.stream().map(m -> new Entity(m.name(), m.mentions(), m.count())).toList();
    }

    private static String httpUri(String uri) {
        return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
    }

    private static Charset charset(String name) {
        try {
            return name == null ? null : Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
