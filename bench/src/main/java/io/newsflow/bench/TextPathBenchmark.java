package io.newsflow.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.Extraction;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.ExtractionInput;
import io.newsflow.schemas.avro.ArticleSource;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.IngestMetadata;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.RecordRef;

/**
 * Throughput of the text path, single-threaded (so per core): extraction of the plain-text seeds and of the Zyte
 * HTML pages, and the whole enrich function (extraction, topics, entities, hashes) on the seeds.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class TextPathBenchmark {

    private ArticleExtractor extractor;
    private ArticleEnricher enricher;
    private List<String> seeds;
    private List<String> pages;
    private List<RawArticle> rawSeeds;
    private int next;

    @Setup
    public void setUp() {
        io.newsflow.schemas.AvroTrust.install();
        extractor = ArticleExtractor.withDefaults();
        enricher = ArticleEnricher.withDefaults();
        seeds = Corpora.seeds();
        pages = Corpora.zyteHtml();
        rawSeeds = seeds.stream().map(TextPathBenchmark::raw).toList();
    }

    /** One plain-text seed article per operation. */
    @Benchmark
    public Extraction extractPlainTextSeed() throws ExtractionException {
        return extractor.extract(ExtractionInput.ofText(seeds.get(next++ % seeds.size())));
    }

    /** One Zyte benchmark HTML page per operation. */
    @Benchmark
    public Extraction extractZyteHtmlPage() throws ExtractionException {
        return extractor.extract(ExtractionInput.ofHtml(pages.get(next++ % pages.size())));
    }

    /** The whole pure enrich function on one plain-text seed: extraction, topics, entities, hashes. */
    @Benchmark
    public EnrichedArticle enrichPlainTextSeed() throws ExtractionException {
        return enricher.enrich(rawSeeds.get(next++ % rawSeeds.size()), new RecordRef("raw", 0, 0L), Instant.EPOCH);
    }

    private static RawArticle raw(String text) {
        return RawArticle.newBuilder().setId("bench").setContentType("text/plain").setCharset("UTF-8")
                .setContent(java.nio.ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .setSource(ArticleSource.newBuilder().setKind("replay").setName("seeds").build())
                .setFetchedAt(Instant.EPOCH)
                .setIngest(IngestMetadata.newBuilder().setIngestedAt(Instant.EPOCH).setIngestor("bench")
                        .setHints(Map.of()).build())
                .build();
    }
}
