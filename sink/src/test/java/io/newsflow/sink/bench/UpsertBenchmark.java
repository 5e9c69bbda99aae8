package io.newsflow.sink.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import io.newsflow.schemas.AvroTrust;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.RecordRef;
import io.newsflow.schemas.avro.Subject;
import io.newsflow.sink.ArticleEnvelope;
import io.newsflow.sink.ArticleWriter;
import io.newsflow.sink.RecordPosition;
import io.newsflow.sink.RetryPolicy;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkDatabase;
import io.newsflow.sink.SinkMetrics;
import io.newsflow.sink.WriteResult;

/**
 * Upsert throughput of {@link ArticleWriter} (a benchmark, not a test): articles per second for first inserts,
 * for newer versions (update plus child-row replacement) and for redeliveries (no-ops), each article with 4
 * subjects, 8 entities and a ~1.5 KB body.
 *
 * <p>Default target: a new database on the local PostgreSQL ({@code NEWSFLOW_BENCH_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), dropped afterwards. Pass a JDBC URL as the
 * first argument (blank for the default) to use another store (e.g. {@code jdbc:sqlite:/tmp/bench.db}). Further arguments: article count
 * (default 50,000), batch size (default 500), paragraphs of 80 words per article (default 3) and writer
 * threads (default 1; one per partition, as sink instances would run). See sink/README.md for the command line.
 */
public final class UpsertBenchmark {

    private static final int SUBJECTS = 4;
    private static final int ENTITIES_PER_TYPE = 3;
    private static final int WARMUP_ARTICLES = 10_000;

    private UpsertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AvroTrust.install();
        String url = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int paragraphs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        String admin = System.getenv().getOrDefault("NEWSFLOW_BENCH_PG_URL",
                "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
        String dbName = null;
        if (url == null) {
            dbName = "newsflow_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + dbName);
            }
            url = admin.replaceFirst("/postgres\\?", "/" + dbName + "?");
        }
        try {
            run(url, count, batch, paragraphs, threads);
        } finally {
            if (dbName != null) {
                try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
                }
            }
        }
    }

    private static void run(String url, int count, int batch, int paragraphs, int threads) throws Exception {
        SinkConfig config = SinkConfig.forJdbcUrl(url);
        System.out.printf(Locale.ROOT, "store %s, %d articles, batches of %d, %d writer thread(s), %d CPUs, Java %s%n",
                SinkConfig.maskUrl(url), count, batch, threads, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (SinkDatabase db = SinkDatabase.open(config)) {
            ArticleWriter writer = new ArticleWriter(db.dataSource(), db.dialect(),
                    new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)), new SinkMetrics(),
                    Clock.systemUTC(), ArticleWriter.Sleeper.SYSTEM);
            Instant t0 = Instant.parse("2026-05-20T10:00:00Z");

            phase("warm-up", threads, writer, generate("warm", WARMUP_ARTICLES, t0, paragraphs), batch);
            List<ArticleEnvelope> first = generate("art", count, t0, paragraphs);
            phase("insert (new articles)", threads, writer, first, batch);
            phase("update (newer versions)", threads, writer, generate("art", count, t0.plusSeconds(60), paragraphs), batch);
            phase("redelivery (same versions)", threads, writer, generate("art", count, t0.plusSeconds(60), paragraphs), batch);
        }
    }

    private static void phase(String name, int threads, ArticleWriter writer, List<ArticleEnvelope> articles,
                              int batch) throws Exception {
        long start = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<Long>> parts = new ArrayList<>();
        int slice = (articles.size() + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            List<ArticleEnvelope> mine = articles.subList(Math.min(articles.size(), t * slice),
                    Math.min(articles.size(), (t + 1) * slice));
            parts.add(pool.submit(() -> {
                long n = 0;
                for (int from = 0; from < mine.size(); from += batch) {
                    WriteResult r = writer.write(mine.subList(from, Math.min(mine.size(), from + batch)));
                    if (!r.failed().isEmpty()) {
                        throw new IllegalStateException(r.failed().size() + " articles refused");
                    }
                    n += r.written();
                }
                return n;
            }));
        }
        long written = 0;
        for (java.util.concurrent.Future<Long> f : parts) {
            written += f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long children = (long) articles.size() * (SUBJECTS + 3 * ENTITIES_PER_TYPE);
        System.out.printf(Locale.ROOT, "%-28s %8d articles in %6.2f s = %9.0f articles/s (%d written; "
                        + "with child rows %.0f rows/s)%n", name, articles.size(), seconds, articles.size() / seconds,
                written, written == 0 ? articles.size() / seconds : (articles.size() + children) / seconds);
    }

    private static List<ArticleEnvelope> generate(String prefix, int n, Instant enrichedAt, int paragraphCount) {
        Random random = new Random(42);
        String[] words = ("government talks minister ceasefire market rally bank inflation election court ruling "
                + "protest border energy prices summit agreement sanctions defence vote budget reform climate "
                + "storm flood health hospital school strike union airline shares growth exports").split(" ");
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 64; p++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                sb.append(words[random.nextInt(words.length)]).append(w % 15 == 14 ? ". " : " ");
            }
            paragraphs.add(sb.toString().strip());
        }
        Function<Integer, List<Entity>> entities = seed -> {
            List<Entity> out = new ArrayList<>();
            for (int e = 0; e < ENTITIES_PER_TYPE; e++) {
                String name = "Name " + ((seed * 7 + e) % 997);
                out.add(new Entity(name, List.of(name), 1 + e));
            }
            return out;
        };
        List<ArticleEnvelope> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> body = new ArrayList<>();
            for (int p = 0; p < paragraphCount; p++) {
                body.add(paragraphs.get((i * (6 * p + 1) + 3 * p) % 64));
            }
            List<Subject> subjects = new ArrayList<>();
            for (int s = 0; s < SUBJECTS; s++) {
                subjects.add(new Subject("medtop:" + (20000000 + (i + s) % 500), "topic " + s, 0.9 - s * 0.1));
            }
            EnrichedArticle a = EnrichedArticle.newBuilder()
                    .setId(prefix + "-" + i).setHeadline("Headline " + i).setHeadlineDerived(false)
                    .setAuthors(List.of("Reporter " + i % 50)).setSection("World").setPublisher("Bench")
                    .setLanguage("en").setLanguageConfidence(0.99).setDatePublished(enrichedAt.minusSeconds(i))
                    .setDatePublishedSource("meta").setDateModified(null).setDateModifiedSource(null)
                    .setUrl("https://example.org/" + i).setCanonicalUrl(null).setBody(body).setWordCount(240)
                    .setSubjects(subjects).setPeople(entities.apply(i)).setPlaces(entities.apply(i + 1))
                    .setOrganisations(entities.apply(i + 2)).setContentHash(Integer.toHexString(body.hashCode()))
                    .setSimhash(body.hashCode()).setDuplicateOf(null).setRemovedBoilerplateCount(3)
                    .setExtractionVersion("bench").setEnrichedAt(enrichedAt).setSourceName("bench")
                    .setRaw(new RecordRef("news.articles.raw", i % 3, (long) i))
                    .build();
            out.add(new ArticleEnvelope(a, new RecordPosition("news.articles.enriched", i % 3, i)));
        }
        return out;
    }
}
