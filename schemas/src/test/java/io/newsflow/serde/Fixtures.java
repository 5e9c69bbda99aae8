package io.newsflow.serde;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsflow.schemas.AvroTrust;
import io.newsflow.schemas.avro.ArticleSource;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.IngestMetadata;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.RecordRef;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.schemas.avro.Subject;

/** Records with every required field set, and schema variants for evolution tests. */
final class Fixtures {

    static {
        AvroTrust.install();
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T0 = Instant.ofEpochMilli(1_763_900_000_123L);

    private Fixtures() {
    }

    static RawArticle raw() {
        return RawArticle.newBuilder()
                .setId("a1")
                .setSource(ArticleSource.newBuilder().setKind("file").setName("folder").setUri("file:/tmp/a1.txt").build())
                .setUrl("https://news.example/a1")
                .setContentType("text/plain")
                .setCharset("UTF-8")
                .setContent(ByteBuffer.wrap("Héllo wörld\n".getBytes(StandardCharsets.UTF_8)))
                .setFetchedAt(T0)
                .setIngest(IngestMetadata.newBuilder().setIngestedAt(T0.plusMillis(5)).setIngestor("newsflow-ingest/test")
                        .setRunId("run-1").setSequence(7).setHints(Map.of("title", "Hello")).build())
                .build();
    }

    static EnrichedArticle enriched() {
        return EnrichedArticle.newBuilder()
                .setId("a1")
                .setHeadline("Parliament passes budget")
                .setAuthors(List.of("Ann Writer"))
                .setLanguage("en")
                .setLanguageConfidence(0.98)
                .setDatePublished(T0)
                .setDatePublishedSource("meta")
                .setBody(List.of("First paragraph.", "Second paragraph."))
                .setWordCount(4)
                .setSubjects(List.of(Subject.newBuilder().setQcode("medtop:11000000").setName("politics")
                        .setConfidence(0.9).build()))
                .setPeople(List.of(Entity.newBuilder().setName("Ann Writer").setMentions(List.of("Ann", "Ann Writer"))
                        .setCount(2).build()))
                .setContentHash("0f".repeat(32))
                .setSimhash(-1234567890123L)
                .setRemovedBoilerplateCount(3)
                .setExtractionVersion("test-1")
                .setEnrichedAt(T0.plusSeconds(1))
                .setRaw(RecordRef.newBuilder().setTopic("news.articles.raw").setPartition(2).setOffset(42L).build())
                .build();
    }

    static Rejection rejection() {
        return Rejection.newBuilder()
                .setStage("enrich")
                .setReasonCode("EMPTY")
                .setMessage("no text left after boilerplate removal")
                .setOriginalTopic("news.articles.raw")
                .setOriginalPartition(1)
                .setOriginalOffset(99L)
                .setOriginalKey(ByteBuffer.wrap(new byte[] {'a', '1'}))
                .setOriginalBytes(ByteBuffer.wrap(new byte[] {0, 1, 2, (byte) 0xff}))
                .setOriginalSize(4)
                .setTime(T0)
                .build();
    }

    /** The schema with one more field appended (given as JSON). */
    static Schema withField(Schema base, String fieldJson) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(base.toString());
            ((ArrayNode) node.get("fields")).add(JSON.readTree(fieldJson));
            return new Schema.Parser().parse(node.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema without the named top-level fields. */
    static Schema withoutFields(Schema base, Set<String> names) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(base.toString());
            ArrayNode kept = JSON.createArrayNode();
            node.get("fields").forEach(f -> {
                if (!names.contains(f.get("name").asText())) {
                    kept.add(f);
                }
            });
            node.set("fields", kept);
            return new Schema.Parser().parse(node.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Confluent framing: magic byte, 4-byte big-endian id, payload. */
    static byte[] frame(int id, byte[] payload) {
        return ByteBuffer.allocate(WireFormat.HEADER_SIZE + payload.length).put(WireFormat.MAGIC_BYTE).putInt(id)
                .put(payload).array();
    }
}
