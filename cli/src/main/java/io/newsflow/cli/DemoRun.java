package io.newsflow.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.dedup.SimHash;
import io.newsflow.enrich.stream.EnrichConfig;
import io.newsflow.enrich.stream.EnrichService;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestRuntime;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.Progress;
import io.newsflow.ingest.RateLimiter;
import io.newsflow.ingest.Replay;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.sink.ArticleHit;
import io.newsflow.sink.ArticleQuery;
import io.newsflow.sink.QueryCriteria;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkDatabase;
import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.Topics;

/**
 * The whole pipeline on embedded defaults, in one process plus a child broker JVM: ingest replays a corpus, enrich
 * and sink run here, and the run waits until every article is stored or rejected, then prints what was stored.
 */
final class DemoRun {

    /** Options of one run. */
    record Options(Path dataDir, Path corpus, String registryUrl, String jdbcUrl, String rate, boolean follow,
                   boolean keepRunning, Duration timeout) {
    }

    /** What a run did. */
    record Result(int published, int stored, int rejected, List<ArticleHit> articles, String bootstrapServers,
                  long brokerPid) {
    }

    static final String ENRICH_APP_ID = "newsflow-demo-enrich";
    static final String SINK_GROUP_ID = "newsflow-demo-sink";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final PrintStream out;

    DemoRun(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    Result run(CountDownLatch stop) throws Exception {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Path data = options.dataDir().toAbsolutePath();
        Files.createDirectories(data);
        String jdbcUrl = options.jdbcUrl() != null ? options.jdbcUrl() : "jdbc:sqlite:" + data.resolve("newsflow.db");
        Topics topics = Topics.fromEnv(System.getenv());
        out.println("newsflow demo: starting a Kafka broker (KRaft, child JVM) with data in " + data.resolve("kafka"));
        try (EmbeddedKafka broker = EmbeddedKafka.childProcess(data.resolve("kafka")).build().start()) {
            long brokerPid = broker.processId().orElse(-1);
            Map<String, Object> kafka = new HashMap<>(Map.of("bootstrap.servers", broker.bootstrapServers()));
            Map<String, Object> registry = Map.of("schema.registry.url", options.registryUrl());
            try (Admin admin = Admin.create(kafka)) {
                new TopicProvisioner(admin).ensure(topics.all(), Duration.ofSeconds(60));
            }
            out.println("  broker " + broker.bootstrapServers() + ", topics " + topics.all().stream()
                    .map(t -> t.name()).collect(Collectors.joining(", ")) + ", registry " + options.registryUrl());

            EnrichConfig enrichConfig = new EnrichConfig(ENRICH_APP_ID, kafka, registry, topics,
                    data.resolve("enrich-state"), 1, EnrichConfig.DEFAULT_DEDUP_WINDOW,
                    SimHash.DEFAULT_HAMMING_THRESHOLD);
            Map<String, String> sinkEnv = new HashMap<>(System.getenv());
            sinkEnv.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
            sinkEnv.put("NEWSFLOW_SINK_JDBC_URL", jdbcUrl);
            sinkEnv.put("NEWSFLOW_SINK_GROUP_ID", SINK_GROUP_ID);
            SinkConfig sinkConfig = SinkConfig.fromEnv(sinkEnv);

            Set<String> rejectedIds = ConcurrentHashMap.newKeySet();
            try (EnrichService enrich = new EnrichService(enrichConfig, ArticleEnricher.withDefaults());
                 SinkApp sink = SinkApp.create(sinkConfig, registry);
                 Watcher watcher = new Watcher(kafka, registry, topics, rejectedIds, options.follow() ? out : null)) {
                enrich.start(false);
                Thread sinkThread = new Thread(sink, "newsflow-demo-sink");
                sinkThread.setDaemon(true);
                sinkThread.start();
                watcher.start();
                long deadline = System.nanoTime() + options.timeout().toNanos();
                while (enrich.state() != KafkaStreams.State.RUNNING) {
                    if (System.nanoTime() > deadline || enrich.state() == KafkaStreams.State.ERROR) {
                        throw new IllegalStateException("enrich did not start: " + enrich.state());
                    }
                    TimeUnit.MILLISECONDS.sleep(50);
                }
                out.println("  enrich (Kafka Streams, exactly once) and sink (" + SinkConfig.maskUrl(jdbcUrl)
                        + ") running");

                Set<String> published = ConcurrentHashMap.newKeySet();
                IngestStats stats;
                try (IngestRuntime ingest = new IngestRuntime(kafka, registry, topics, IngestRuntime.DEFAULT_MAX_BYTES,
                        false)) {
                    ingest.pipeline().onPublished(a -> published.add(a.getId()));
                    Replay.Options replay = new Replay.Options(RateLimiter.parseRate(options.rate()), 1, null, 1);
                    out.println("  replaying " + options.corpus() + " through ingest");
                    stats = new Replay(FileSource.listFiles(List.of(options.corpus())), ingest.files(),
                            ingest.pipeline(), replay, Replay.limiterFor(replay))
                            .run(Progress.forConsole("replay", Duration.ofSeconds(2)));
                }
                out.println("  ingest: " + stats.summary());

                List<ArticleHit> stored = waitUntilStoredOrRejected(jdbcUrl, published, rejectedIds, start, deadline);
                printSummary(stored, rejectedIds, jdbcUrl, data);
                if (options.keepRunning()) {
                    out.println("Still running: bootstrap.servers=" + broker.bootstrapServers()
                            + ". Ctrl-C stops everything.");
                    stop.await();
                }
                return new Result(published.size(), stored.size(), rejectedIds.size(), stored,
                        broker.bootstrapServers(), brokerPid);
            }
        }
    }

    private List<ArticleHit> waitUntilStoredOrRejected(String jdbcUrl, Set<String> published, Set<String> rejected,
                                                       Instant start, long deadline) throws Exception {
        try (SinkDatabase db = SinkDatabase.open(SinkConfig.forJdbcUrl(jdbcUrl))) {
            ArticleQuery query = new ArticleQuery(db);
            while (true) {
                Map<String, ArticleHit> fresh = new LinkedHashMap<>();
                for (ArticleHit hit : query.search(QueryCriteria.newest(QueryCriteria.MAX_LIMIT))) {
                    if (published.contains(hit.articleId()) && !hit.enrichedAt().isBefore(start)) {
                        fresh.put(hit.articleId(), hit);
                    }
                }
                long done = published.stream().filter(id -> fresh.containsKey(id) || rejected.contains(id)).count();
                if (done == published.size()) {
                    List<ArticleHit> ordered = new ArrayList<>(fresh.values());
                    ordered.sort((a, b) -> a.articleId().compareTo(b.articleId()));
                    return ordered;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out: " + done + " of " + published.size()
                            + " articles stored or rejected");
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
    }

    private void printSummary(List<ArticleHit> stored, Set<String> rejected, String jdbcUrl, Path data) {
        out.println();
        out.printf("%-16s  %-44s  %-4s  %-34s  %-40s  %7s  %-16s%n", "ID", "HEADLINE", "LANG", "TOP SUBJECTS",
                "PEOPLE / PLACES / ORGS", "REMOVED", "DUPLICATE OF");
        for (ArticleHit a : stored) {
            out.printf("%-16s  %-44s  %-4s  %-34s  %-40s  %7d  %-16s%n", a.articleId(),
                    cut(a.headline() == null ? "(no headline)" : a.headline(), 44),
                    a.language() == null ? "-" : a.language(),
                    cut(String.join(", ", a.subjects().subList(0, Math.min(3, a.subjects().size()))), 34),
                    cut(String.join(", ", a.entities().subList(0, Math.min(4, a.entities().size()))), 40),
                    a.removedBoilerplateCount(), a.duplicateOf() == null ? "-" : a.duplicateOf());
        }
        out.println();
        out.println(stored.size() + " article(s) stored" + (rejected.isEmpty() ? "" : ", " + rejected.size()
                + " rejected (see news.articles.rejected)") + ".");
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            String file = jdbcUrl.substring("jdbc:sqlite:".length());
            out.println("Stored in " + file);
            out.println("  ./newsflow query --jdbc-url " + jdbcUrl + " --text ceasefire");
            out.println("  sqlite3 " + file + " 'select article_id, headline from articles'");
        } else {
            out.println("Stored in " + SinkConfig.maskUrl(jdbcUrl));
            out.println("  ./newsflow query --jdbc-url '" + SinkConfig.maskUrl(jdbcUrl) + "' --text ceasefire");
        }
        out.println("Broker data in " + data.resolve("kafka") + "; run the demo again to see each article as a "
                + "duplicate of itself.");
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    /** Follows the enriched topic (for --follow) and the rejected topic (to know what will never be stored). */
    private static final class Watcher implements AutoCloseable {
        private final KafkaConsumer<String, byte[]> consumer;
        private final ConfluentAvroDeserializer<EnrichedArticle> articles = new ConfluentAvroDeserializer<>(
                EnrichedArticle.class);
        private final ConfluentAvroDeserializer<Rejection> rejections = new ConfluentAvroDeserializer<>(
                Rejection.class);
        private final Topics topics;
        private final Set<String> rejectedIds;
        private final PrintStream follow;
        private final Thread thread;
        private volatile boolean running = true;

        Watcher(Map<String, Object> kafka, Map<String, Object> registry, Topics topics, Set<String> rejectedIds,
                PrintStream follow) {
            Map<String, Object> config = new HashMap<>(kafka);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-demo-watch-" + System.nanoTime());
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
            config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            this.consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer());
            articles.configure(registry, false);
            rejections.configure(registry, false);
            this.topics = topics;
            this.rejectedIds = rejectedIds;
            this.follow = follow;
            consumer.subscribe(List.of(topics.enriched().name(), topics.rejected().name()));
            // join the group and fix positions before anything is published
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (consumer.assignment().isEmpty() && System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.assignment().forEach(consumer::position);
            this.thread = new Thread(this::loop, "newsflow-demo-watch");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void loop() {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.topic().equals(topics.rejected().name())) {
                        if (r.key() != null) {
                            rejectedIds.add(r.key());
                        }
                    } else if (follow != null) {
                        EnrichedArticle a = articles.deserialize(r.topic(), r.value());
                        follow.println(toJson(a));
                    }
                }
            }
            consumer.close(Duration.ofSeconds(5));
        }

        private static String toJson(EnrichedArticle a) {
            try {
                return JSON.writeValueAsString(JSON.readTree(a.toString()));
            } catch (Exception e) {
                return a.toString();
            }
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }
}
