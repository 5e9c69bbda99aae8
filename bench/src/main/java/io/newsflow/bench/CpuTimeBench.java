package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.ExtractionInput;
import io.newsflow.schemas.avro.ArticleSource;
import io.newsflow.schemas.avro.IngestMetadata;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.RecordRef;

/**
 * The text path's cost in CPU time of the measuring thread, per operation: what "per core" means, and a figure that
 * other load on a shared machine does not distort the way it distorts JMH's wall-clock throughput (the thread's
 * CPU time still grows a little when other processes share its caches). Single-threaded; the best of several rounds
 * after warm-up is reported.
 *
 * <pre>
 * mvn -q -pl bench -am install -DskipTests
 * mvn -q -pl bench exec:exec@cpu                  # or -Dcpu.args="text" for one of text, html, enrich
 * </pre>
 */
public final class CpuTimeBench {
    private static final int ROUNDS = 8;

    private CpuTimeBench() {
    }

    /** One operation on input number {@code i}; returns something to keep the JIT honest. */
    private interface Op {
        long run(int i) throws ExtractionException;
    }

    public static void main(String[] args) throws Exception {
        io.newsflow.schemas.AvroTrust.install();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        List<String> which = args.length == 0 ? List.of("text", "html", "enrich") : List.of(args);
        ArticleExtractor extractor = ArticleExtractor.withDefaults();
        ArticleEnricher enricher = ArticleEnricher.withDefaults();
        List<String> seeds = Corpora.seeds();
        for (String name : which) {
            switch (name) {
                case "text" -> report(name, "plain-text seed extraction", threads, 20_000,
                        i -> extractor.extract(ExtractionInput.ofText(seeds.get(i % seeds.size()))).wordCount());
                case "html" -> {
                    List<String> pages = Corpora.zyteHtml();
                    report(name, "Zyte HTML page extraction", threads, 1_000,
                            i -> extractor.extract(ExtractionInput.ofHtml(pages.get(i % pages.size()))).wordCount());
                }
                case "enrich" -> {
                    List<RawArticle> raws = seeds.stream().map(CpuTimeBench::raw).toList();
                    RecordRef ref = new RecordRef("raw", 0, 0L);
                    report(name, "whole enrich function on a seed", threads, 20_000,
                            i -> enricher.enrich(raws.get(i % raws.size()), ref, Instant.EPOCH).getWordCount());
                }
                default -> throw new IllegalArgumentException("unknown benchmark " + name + " (text, html, enrich)");
            }
        }
    }

    private static void report(String name, String what, ThreadMXBean threads, int ops, Op op)
            throws ExtractionException {
        long sink = 0;
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < ops; i++) {
                sink += op.run(i);
            }
            double micros = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / ops;
            best = Math.min(best, micros);
        }
        System.out.printf(Locale.ROOT, "%-7s %-34s %8.1f µs CPU/op  = %,8.0f ops/s per core   (%d)%n", name, what,
                best, 1e6 / best, sink % 10);
    }

    private static RawArticle raw(String text) {
        return RawArticle.newBuilder().setId("bench").setContentType("text/plain").setCharset("UTF-8")
                .setContent(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)))
                .setSource(ArticleSource.newBuilder().setKind("replay").setName("seeds").build())
                .setFetchedAt(Instant.EPOCH)
                .setIngest(IngestMetadata.newBuilder().setIngestedAt(Instant.EPOCH).setIngestor("bench")
                        .setHints(Map.of()).build())
                .build();
    }
}
