package io.newsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import io.newsflow.enrich.dedup.ContentHash;
import io.newsflow.enrich.dedup.SimHash;
import io.newsflow.enrich.entities.Entities;
import io.newsflow.enrich.entities.EntityFinder;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.Extraction;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.ExtractionInput;
import io.newsflow.enrich.topics.SubjectTag;
import io.newsflow.enrich.topics.TopicTagger;

/**
 * The half of the enrich path after extraction, per component, single-threaded, in microseconds per article: topic
 * tagging, entity finding, simhash and content hash, and all of them together. The articles are extracted once in
 * setup: the plain-text seeds (5, so every memo is warm, as on a stream of one story) or the BBC News dev bodies
 * (1,016, each seen once per round: more words the per-thread memos have not met yet).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class TaggingBenchmark {

    @Param({"seeds"})
    public String corpus;

    private TopicTagger tagger;
    private EntityFinder entities;
    private List<Extraction> articles;
    private int next;

    @Setup
    public void setUp() throws ExtractionException {
        ArticleExtractor extractor = ArticleExtractor.withDefaults();
        tagger = TopicTagger.withDefaults();
        entities = EntityFinder.withDefaults();
        List<String> texts = switch (corpus) {
            case "seeds" -> Corpora.seeds();
            case "bbc" -> Corpora.bbcDev();
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
        articles = new ArrayList<>(texts.size());
        for (String text : texts) {
            articles.add(extractor.extract(ExtractionInput.ofText(text)));
        }
    }

    private Extraction nextArticle() {
        Extraction e = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return e;
    }

    @Benchmark
    public List<SubjectTag> tag() {
        Extraction e = nextArticle();
        return tagger.tag(e.headline(), e.body());
    }

    @Benchmark
    public Entities entities() {
        return entities.find(nextArticle().body());
    }

    @Benchmark
    public long simhash() {
        return SimHash.of(nextArticle().body());
    }

    @Benchmark
    public String contentHash() {
        return ContentHash.sha256Hex(nextArticle().body());
    }

    /** Everything the enricher computes from an extraction. */
    @Benchmark
    public void all(Blackhole bh) {
        Extraction e = nextArticle();
        bh.consume(tagger.tag(e.headline(), e.body()));
        bh.consume(entities.find(e.body()));
        bh.consume(SimHash.of(e.body()));
        bh.consume(ContentHash.sha256Hex(e.body()));
    }
}
