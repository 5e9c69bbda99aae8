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

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.dedup.ContentHash;
import io.newsflow.enrich.dedup.SimHash;
import io.newsflow.enrich.entities.Entities;
import io.newsflow.enrich.entities.EntityFinder;
import io.newsflow.enrich.extract.ArticleExtractor;
import io.newsflow.enrich.extract.Extraction;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.ExtractionInput;
import io.newsflow.enrich.text.AnalysedText;
import io.newsflow.enrich.topics.SubjectTag;
import io.newsflow.enrich.topics.TopicTagger;

/**
 * The half of the enrich path after extraction, single-threaded, in microseconds per article. The articles are
 * extracted once in setup: the plain-text seeds (5, so every memo is warm, as on a stream of one story) or the BBC
 * News dev bodies (1,016: more words the per-thread memos have not met yet).
 *
 * <ul>
 *   <li>{@code all}: what the enricher computes from an extraction ({@link ArticleEnricher#analyse(Extraction)}):
 *       the text read once, topics, entities, both fingerprints;</li>
 *   <li>{@code tag}, {@code entities}, {@code simhash}, {@code contentHash}: each component from the paragraphs,
 *       reading the text itself (comparable with the components before they shared a reading);</li>
 *   <li>{@code analysedText} and the {@code *Analysed} methods: the shared reading, and each component on it.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class TaggingBenchmark {

    @Param({"seeds"})
    public String corpus;

    private ArticleEnricher enricher;
    private TopicTagger tagger;
    private EntityFinder entities;
    private List<Extraction> articles;
    private List<AnalysedText> analysed;
    private int next;

    @Setup
    public void setUp() throws ExtractionException {
        ArticleExtractor extractor = ArticleExtractor.withDefaults();
        enricher = ArticleEnricher.withDefaults();
        tagger = TopicTagger.withDefaults();
        entities = EntityFinder.withDefaults();
        List<String> texts = switch (corpus) {
            case "seeds" -> Corpora.seeds();
            case "bbc" -> Corpora.bbcDev();
            default -> throw new IllegalArgumentException("unknown corpus " + corpus);
        };
        articles = new ArrayList<>(texts.size());
        analysed = new ArrayList<>(texts.size());
        for (String text : texts) {
            Extraction e = extractor.extract(ExtractionInput.ofText(text));
            articles.add(e);
            analysed.add(AnalysedText.of(e.headline(), e.body()));
        }
    }

    private Extraction nextArticle() {
        Extraction e = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return e;
    }

    private AnalysedText nextAnalysed() {
        AnalysedText t = analysed.get(next);
        next = next + 1 == analysed.size() ? 0 : next + 1;
        return t;
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
    public ArticleEnricher.Analysis all() {
        return enricher.analyse(nextArticle());
    }

    @Benchmark
    public AnalysedText analysedText() {
        Extraction e = nextArticle();
        return AnalysedText.of(e.headline(), e.body());
    }

    @Benchmark
    public List<SubjectTag> tagAnalysed() {
        return tagger.tag(nextAnalysed());
    }

    @Benchmark
    public Entities entitiesAnalysed() {
        return entities.find(nextAnalysed());
    }

    @Benchmark
    public long simhashAnalysed() {
        return SimHash.of(nextAnalysed());
    }

    @Benchmark
    public String contentHashAnalysed() {
        return ContentHash.sha256Hex(nextAnalysed());
    }
}
