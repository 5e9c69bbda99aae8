package io.newsflow.enrich.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;

import io.newsflow.enrich.EnrichFunction;
import io.newsflow.schemas.avro.ArticleSource;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.IngestMetadata;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.topics.Topics;

/** A TopologyTestDriver around the enrich topology, on an in-process mock registry of its own. */
final class TopologyFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    final EnrichConfig config;
    final EnrichSerdes serdes;
    final Topology topology;
    final TopologyTestDriver driver;
    final TestInputTopic<String, RawArticle> raw;
    final TestInputTopic<String, byte[]> rawBytes;
    final TestOutputTopic<String, EnrichedArticle> enriched;
    final TestOutputTopic<String, Rejection> rejected;

    TopologyFixture(EnrichFunction enricher) {
        Map<String, Object> registry = Map.of("schema.registry.url", "mock://enrich-" + UUID.randomUUID());
        config = new EnrichConfig("enrich-test", Map.of("bootstrap.servers", "unused:9092"), registry,
                Topics.defaults(), Path.of(System.getProperty("java.io.tmpdir"), "enrich-test-" + UUID.randomUUID()),
                1, EnrichConfig.DEFAULT_DEDUP_WINDOW, io.newsflow.enrich.dedup.SimHash.DEFAULT_HAMMING_THRESHOLD);
        serdes = EnrichSerdes.fromRegistry(registry);
        topology = EnrichTopology.build(config, serdes, enricher, Clock.fixed(NOW, ZoneOffset.UTC));
        Properties props = config.streamsProperties();
        driver = new TopologyTestDriver(topology, props, NOW);
        raw = driver.createInputTopic(config.topics().raw().name(), new StringSerializer(),
                serdes.raw().serializer(), NOW, Duration.ofSeconds(1));
        rawBytes = driver.createInputTopic(config.topics().raw().name(), new StringSerializer(),
                new ByteArraySerializer(), NOW, Duration.ofSeconds(1));
        enriched = driver.createOutputTopic(config.topics().enriched().name(), new StringDeserializer(),
                serdes.enriched().deserializer());
        rejected = driver.createOutputTopic(config.topics().rejected().name(), new StringDeserializer(),
                serdes.rejection().deserializer());
    }

    static RawArticle raw(String id, String contentType, byte[] content) {
        return RawArticle.newBuilder().setId(id).setContentType(contentType).setCharset("UTF-8")
                .setContent(ByteBuffer.wrap(content))
                .setSource(ArticleSource.newBuilder().setKind("replay").setName("seeds").build())
                .setFetchedAt(NOW)
                .setIngest(IngestMetadata.newBuilder().setIngestedAt(NOW).setIngestor("test").setHints(Map.of()).build())
                .build();
    }

    static RawArticle text(String id, String text) {
        return raw(id, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<Path> seeds() {
        Path dir = Path.of(System.getProperty("newsflow.seeds", "../seeds"));
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double metric(String name, String reason) {
        return driver.metrics().entrySet().stream()
                .filter(e -> e.getKey().group().equals(EnrichMetrics.GROUP) && e.getKey().name().equals(name))
                .filter(e -> reason == null || reason.equals(e.getKey().tags().get("reason")))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
    }

    @Override
    public void close() {
        driver.close();
    }
}
